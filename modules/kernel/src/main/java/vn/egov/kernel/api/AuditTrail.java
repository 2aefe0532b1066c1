package vn.egov.kernel.api;

/**
 * The platform's append-only audit log: who did what to which record, when and from where.
 * The actor and address are taken from the current request (or "system" outside one).
 * Recording joins the caller's transaction, so an audited change and its entry commit together.
 */
public interface AuditTrail {

    void record(String action, String targetType, Object targetId, String detail);

    /** Records on behalf of a named actor, where the request has none yet (a sign-in, for instance). */
    void recordAs(String actor, String action, String targetType, Object targetId, String detail);

    /**
     * Who acts and from which address: taken in the request with {@link #currentOrigin()}, for an
     * entry written later or by another thread (the feedback intake's group-commit writer, for instance).
     */
    record Origin(String actor, String address) {}

    /** The current request's actor and address ("system" and none outside requests). */
    Origin currentOrigin();

    /** Records with the given origin instead of the current request's. */
    void record(Origin origin, String action, String targetType, Object targetId, String detail);
}
