package vn.egov.payments.api;

import java.time.LocalDate;
import java.util.List;

/** Figures of fee orders per agency and period, for the indices. */
public interface PaymentFigures {

    /**
     * Per agency, the orders created from {@code from} to {@code to} (both included, days in
     * UTC+7) and what became of them.
     */
    List<AgencyFigures> of(LocalDate from, LocalDate to);

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
