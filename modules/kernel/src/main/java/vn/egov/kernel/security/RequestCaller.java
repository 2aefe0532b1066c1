package vn.egov.kernel.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.audit.CurrentRequest;

/** {@link Caller} from Jakarta Security and the current request; agencies are looked up once per request. */
@RequestScoped
public class RequestCaller implements Caller {
    @Inject
    SecurityContext security;

    @Inject
    Organisation organisation;

    private List<Organisation.AgencyRole> agencies;

    @Override
    public String username() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    @Override
    public boolean hasRole(Role role) {
        return security.isCallerInRole(role.name());
    }

    @Override
    public List<Organisation.AgencyRole> agencies() {
        if (agencies == null) {
            String name = username();
            agencies = name == null ? List.of() : List.copyOf(organisation.agenciesOf(name));
        }
        return agencies;
    }

    @Override
    public String address() {
        return CurrentRequest.remoteAddress().orElse(null);
    }
}
