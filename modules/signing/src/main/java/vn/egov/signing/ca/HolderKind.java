package vn.egov.signing.ca;

/** Whom a certificate is issued to; decides its subject fields and what it may sign. */
public enum HolderKind {
    /** An officer (cán bộ) signing for himself. */
    OFFICER,
    /** A leader (lãnh đạo) who approves and signs results. */
    LEADER,
    /** An agency's organisational seal, used for automatic signing (receipts). */
    SEAL,
    /** A citizen signing his own dossier documents. */
    CITIZEN
}
