package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.payments.api.PaymentFigures;
import vn.egov.payments.domain.ProvinceDays;

/**
 * Payment figures per agency and period, in one query. Each figure is a condition on an order of
 * the period ({@link #CONDITIONS}), counted for the figures and used as the {@code where} of the
 * list behind it, so the two always agree.
 */
@ApplicationScoped
public class PaymentFiguresQuery implements PaymentFigures {
    static final Map<Figure, String> CONDITIONS = new EnumMap<>(Map.of(
            Figure.ORDERS, "true",
            Figure.PAID_ONLINE, "status = 'PAID' and paid_method = 'ONLINE'",
            Figure.PAID_AT_COUNTER, "status = 'PAID' and paid_method = 'COUNTER'",
            Figure.COLLECTED, "status = 'PAID'",
            Figure.REFUNDED, "refunded > 0"));

    private static final String PERIOD =
            " from payments.fee_order where status <> 'CANCELLED' and created_at >= ?1 and created_at < ?2";

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Organisation organisation;

    @Override
    public List<AgencyFigures> of(LocalDate from, LocalDate to) {
        List<?> rows = inPeriod(
                        "select agency_id, count(*),"
                                + " count(*) filter (where " + CONDITIONS.get(Figure.PAID_ONLINE) + "),"
                                + " count(*) filter (where " + CONDITIONS.get(Figure.PAID_AT_COUNTER) + "),"
                                + " coalesce(sum(total) filter (where " + CONDITIONS.get(Figure.COLLECTED) + "), 0),"
                                + " coalesce(sum(refunded), 0)" + PERIOD + " group by agency_id order by agency_id",
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new AgencyFigures(n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5])))
                .toList();
    }

    @Override
    public List<OrderRef> behind(long unitId, LocalDate from, LocalDate to, Figure figure, int first, int max) {
        String agencies =
                organisation.subtree(unitId).stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = inPeriod(
                        "select code, coalesce(case_title, case_code), agency_id, status, created_at, due_at, paid_at,"
                                + " total" + PERIOD + " and agency_id in (" + agencies + ") and "
                                + CONDITIONS.get(figure) + " order by created_at desc, code offset "
                                + Math.max(0, first) + " limit " + Math.max(0, Math.min(max, 500)),
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new OrderRef(
                        (String) c[0],
                        (String) c[1],
                        n(c[2]),
                        (String) c[3],
                        DatabaseMoments.of(c[4]),
                        DatabaseMoments.of(c[5]),
                        DatabaseMoments.of(c[6]),
                        n(c[7]),
                        "/office/payments/order.xhtml?code=" + c[0]))
                .toList();
    }

    private Query inPeriod(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, ProvinceDays.start(from))
                .setParameter(2, ProvinceDays.after(to));
    }

    private static long n(Object cell) {
        return ((Number) cell).longValue();
    }
}
