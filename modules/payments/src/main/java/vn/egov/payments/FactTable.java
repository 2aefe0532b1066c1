package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.PaymentFacts;
import vn.egov.payments.domain.FeeOrder;

/** The facts table: written in the transaction that made a fact true, read by position. */
@ApplicationScoped
public class FactTable implements PaymentFacts {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** Writes a fact in the caller's transaction. */
    void add(Kind kind, FeeOrder order, long amount, OffsetDateTime at) {
        em.createNativeQuery("insert into payments.fact (kind, order_code, case_module, case_code, amount, occurred_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, kind.name())
                .setParameter(2, order.getCode())
                .setParameter(3, order.reference().module())
                .setParameter(4, order.reference().code())
                .setParameter(5, amount)
                .setParameter(6, at)
                .executeUpdate();
    }

    @Override
    public List<Fact> after(String module, long position, int limit) {
        List<?> rows = em.createNativeQuery("select position, kind, order_code, case_code, amount, occurred_at"
                        + " from payments.fact where case_module = ?1 and position > ?2 order by position limit ?3")
                .setParameter(1, module)
                .setParameter(2, position)
                .setParameter(3, Math.max(1, Math.min(limit, 1000)))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new Fact(
                        ((Number) c[0]).longValue(),
                        Kind.valueOf((String) c[1]),
                        (String) c[2],
                        new CaseReference(module, (String) c[3]),
                        ((Number) c[4]).longValue(),
                        DatabaseMoments.of(c[5])))
                .toList();
    }
}
