package vn.egov.kernel.api;

import java.util.List;

/**
 * The person behind the current request, for every module's pages and services: his account name
 * when signed in, his roles, the agencies he works for, and the client's address. Injected as a
 * request-scoped bean, so a view- or session-scoped page bean may keep it across requests and
 * servers.
 */
public interface Caller {

    /** The signed-in account's name, or null for an anonymous visitor. */
    String username();

    /** Whether someone is signed in. */
    default boolean signedIn() {
        return username() != null;
    }

    /** Whether the signed-in account holds the role (in any agency for staff roles). */
    boolean hasRole(Role role);

    /** The agencies the signed-in account works for, with its role in each; empty for citizens and visitors. */
    List<Organisation.AgencyRole> agencies();

    /** The client's address as the platform trusts it (behind configured proxies), or null outside a request. */
    String address();
}
