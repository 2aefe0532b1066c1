package vn.egov.payments.domain;

/** How an attempt pays: through the online gateway, or recorded by an officer at the one-stop desk. */
public enum PaymentMethod {
    ONLINE,
    COUNTER
}
