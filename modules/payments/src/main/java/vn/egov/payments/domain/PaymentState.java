package vn.egov.payments.domain;

/**
 * Where a payment attempt stands, as GOV.UK Pay models it: created, started (the payer was sent to
 * the gateway), submitted (he came back, the gateway has not confirmed yet), then one of the
 * finished states.
 */
public enum PaymentState {
    CREATED,
    STARTED,
    SUBMITTED,
    SUCCESS,
    FAILED,
    CANCELLED,
    EXPIRED,
    ERROR;

    public boolean finished() {
        return ordinal() >= SUCCESS.ordinal();
    }
}
