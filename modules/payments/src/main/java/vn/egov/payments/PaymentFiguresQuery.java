package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.egov.payments.api.PaymentFigures;
import vn.egov.payments.domain.ProvinceDays;

/** Payment figures per agency and period, in one query. */
@ApplicationScoped
public class PaymentFiguresQuery implements PaymentFigures {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public List<AgencyFigures> of(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select agency_id, count(*),"
                        + " count(*) filter (where status = 'PAID' and paid_method = 'ONLINE'),"
                        + " count(*) filter (where status = 'PAID' and paid_method = 'COUNTER'),"
                        + " coalesce(sum(total) filter (where status = 'PAID'), 0), coalesce(sum(refunded), 0)"
                        + " from payments.fee_order where status <> 'CANCELLED' and created_at >= ?1 and created_at < ?2"
                        + " group by agency_id order by agency_id")
                .setParameter(1, ProvinceDays.start(from))
                .setParameter(2, ProvinceDays.after(to))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new AgencyFigures(n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5])))
                .toList();
    }

    private static long n(Object cell) {
        return ((Number) cell).longValue();
    }
}
