package vn.egov.payments.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Figures of fee orders per agency and period, for the indices. */
public interface PaymentFigures {

    /**
     * Per agency, the orders created from {@code from} to {@code to} (both included, days in
     * UTC+7) and what became of them.
     */
    List<AgencyFigures> of(LocalDate from, LocalDate to);

    /** What a figure of {@link AgencyFigures} counts, to list the orders behind it. */
    enum Figure {
        ORDERS,
        PAID_ONLINE,
        PAID_AT_COUNTER,
        /** The paid orders, whose totals make {@code collected}. */
        COLLECTED,
        /** The orders with money given back. */
        REFUNDED
    }

    /**
     * The orders behind one figure, created from {@code from} to {@code to}, of the agency and the
     * units below it, the latest first, a page of them.
     */
    List<OrderRef> behind(long unitId, LocalDate from, LocalDate to, Figure figure, int first, int max);

    /** A fee order behind a figure, with its staff page ({@code path}, from the context root). */
    record OrderRef(
            String code,
            String caseTitle,
            long agencyId,
            String status,
            OffsetDateTime createdAt,
            OffsetDateTime dueAt,
            OffsetDateTime paidAt,
            long total,
            String path) {}

    /**
     * @param orders          orders created in the period (cancelled ones excluded)
     * @param paidOnline      of them, paid through the gateway
     * @param paidAtCounter   of them, paid at the one-stop desk
     * @param collected       VND collected on them
     * @param refunded        VND given back on them
     */
    record AgencyFigures(
            long agencyId, long orders, long paidOnline, long paidAtCounter, long collected, long refunded) {}
}
