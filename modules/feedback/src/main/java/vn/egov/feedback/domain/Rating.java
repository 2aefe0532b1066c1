package vn.egov.feedback.domain;

/** The citizen's verdict on the answer. */
public enum Rating {
    SATISFIED,
    NOT_SATISFIED
}
