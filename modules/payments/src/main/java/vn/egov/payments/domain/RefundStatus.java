package vn.egov.payments.domain;

/** A refund: asked by an officer, rejected or sent on by a leader, then done or failed at the gateway. */
public enum RefundStatus {
    REQUESTED,
    REJECTED,
    SUBMITTED,
    SUCCESS,
    FAILED
}
