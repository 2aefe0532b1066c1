package vn.egov.kernel.api;

/**
 * The platform's append-only audit log: who did what to which record, when and from where.
 * The actor and address are taken from the current request (or "system" outside one).
 * Recording joins the caller's transaction, so an audited change and its entry commit together.
 */
public interface AuditTrail {

    void record(String action, String targetType, Object targetId, String detail);
}
