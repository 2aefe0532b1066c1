package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import vn.egov.kernel.api.Organisation;

/** The back office's home: the agencies the officer belongs to, and nothing of the others. */
@Named
@RequestScoped
public class OfficeHome {
    @Inject
    SecurityContext security;

    @Inject
    Organisation organisation;

    private List<Organisation.AgencyRole> agencies;

    public List<Organisation.AgencyRole> getAgencies() {
        if (agencies == null) {
            agencies = organisation.agenciesOf(security.getCallerPrincipal().getName());
        }
        return agencies;
    }
}
