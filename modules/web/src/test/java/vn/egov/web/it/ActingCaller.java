package vn.egov.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.List;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;

/**
 * The signed-in person in a test deployment, named by the test ({@link #as}) instead of a login:
 * replaces the kernel's caller for every bean of the deployment that adds this class, with the
 * person's real roles from the organisation tree.
 */
@Alternative
@Priority(100)
@RequestScoped
public class ActingCaller implements Caller {
    private static volatile String acting;

    @Inject
    Organisation organisation;

    /** Who acts from now on, in this deployment (null: nobody is signed in). */
    public static void as(String username) {
        acting = username;
    }

    @Override
    public String username() {
        return acting;
    }

    @Override
    public boolean hasRole(Role role) {
        return acting != null && agencies().stream().anyMatch(a -> a.role() == role);
    }

    @Override
    public List<Organisation.AgencyRole> agencies() {
        return acting == null ? List.of() : organisation.agenciesOf(acting);
    }

    @Override
    public String address() {
        return "127.0.0.1";
    }
}
