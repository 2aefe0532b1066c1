package vn.egov.payments.api;

import java.time.OffsetDateTime;

/**
 * An order was paid, online or at the counter. Fired in the transaction that recorded the payment
 * (observe it {@code AFTER_SUCCESS}); the same fact is kept in {@link PaymentFacts} for a receiver
 * that must not miss one.
 */
public record FeeOrderPaid(String orderCode, CaseReference reference, long amount, String method, OffsetDateTime at) {}
