package vn.egov.payments.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The facts of {@link FeeOrderPaid}, {@link FeeOrderRefunded} and {@link FeeOrderExpired} as a table
 * read by position: a receiving module keeps the last position it handled and asks for what
 * follows, so a fact committed while it was down or slow is read when it comes back. Positions
 * grow; a fact is never changed or removed.
 */
public interface PaymentFacts {

    /** The facts about one module's cases after a position, oldest first, at most {@code limit}. */
    List<Fact> after(String module, long position, int limit);

    enum Kind {
        PAID,
        REFUNDED,
        EXPIRED
    }

    record Fact(long position, Kind kind, String orderCode, CaseReference reference, long amount, OffsetDateTime at) {}
}
