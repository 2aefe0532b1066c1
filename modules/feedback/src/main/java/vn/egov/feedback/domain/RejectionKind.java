package vn.egov.feedback.domain;

/** Why a report is not handled; the citizen sees the kind and the reason given. */
public enum RejectionKind {
    SPAM,
    DUPLICATE,
    OUT_OF_SCOPE
}
