package vn.egov.payments.domain;

/** What the payer gave at the desk: cash, or a card on the desk's terminal. */
public enum CounterKind {
    CASH,
    CARD
}
