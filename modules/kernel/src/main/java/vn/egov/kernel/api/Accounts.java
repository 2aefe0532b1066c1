package vn.egov.kernel.api;

import java.util.Optional;

/** Read access to accounts for other modules: who someone is and how to reach him. */
public interface Accounts {

    /** The enabled or disabled account with this user name (case-insensitive), if any. */
    Optional<AccountView> find(String username);

    /** The citizen account registered with this CCCD (the one whose card was checked first), if any: the desk finds a walk-in citizen by his card. */
    Optional<AccountView> byCccd(String cccd);

    /**
     * An account as other modules see it.
     *
     * @param cccd the citizen's 12-digit personal identification number as registered; null for staff
     * @param identityVerified whether an officer has checked the CCCD and name against the card: an
     *     unverified CCCD is only what the registrant typed, and must not be certified or relied on
     */
    record AccountView(
            String username,
            String displayName,
            String email,
            String phone,
            String cccd,
            boolean citizen,
            boolean enabled,
            boolean identityVerified) {}
}
