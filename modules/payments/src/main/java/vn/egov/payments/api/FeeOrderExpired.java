package vn.egov.payments.api;

import java.time.OffsetDateTime;

/** An order passed its due time unpaid and can no longer be paid; also kept in {@link PaymentFacts}. */
public record FeeOrderExpired(String orderCode, CaseReference reference, long amount, OffsetDateTime at) {}
