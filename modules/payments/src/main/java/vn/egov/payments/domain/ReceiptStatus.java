package vn.egov.payments.domain;

/** A receipt waits for a series when its agency has none with numbers left; issued; or cancelled (kept, marked). */
public enum ReceiptStatus {
    AWAITING,
    ISSUED,
    CANCELLED
}
