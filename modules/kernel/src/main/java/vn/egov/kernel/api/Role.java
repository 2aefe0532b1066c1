package vn.egov.kernel.api;

/** The platform roles. Staff roles are held per agency; CITIZEN belongs to citizen accounts. */
public enum Role {
    CITIZEN,
    OFFICER,
    LEADER,
    ADMIN;

    /** Roles that may open the back office (/office). */
    public boolean isStaff() {
        return this != CITIZEN;
    }
}
