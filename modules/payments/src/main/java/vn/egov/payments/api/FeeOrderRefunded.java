package vn.egov.payments.api;

import java.time.OffsetDateTime;

/** Money of a paid order was given back (all of it or a part); also kept in {@link PaymentFacts}. */
public record FeeOrderRefunded(String orderCode, CaseReference reference, long amount, OffsetDateTime at) {}
