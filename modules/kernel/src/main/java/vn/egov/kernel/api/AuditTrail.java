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
}
