package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The double-entry ledger: each money movement is one transaction of entries whose debits equal
 * their credits. The database checks the balance at commit and refuses to change a written entry.
 */
@ApplicationScoped
public class Ledger {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** One line of a posting: an account of an agency, debited (positive) or credited (negative). */
    public record Line(String account, long agencyId, long debit, long credit) {
        public static Line debit(String account, long agencyId, long amount) {
            return new Line(account, agencyId, amount, 0);
        }

        public static Line credit(String account, long agencyId, long amount) {
            return new Line(account, agencyId, 0, amount);
        }
    }

    /** An entry as the order's page shows it. */
    public record Entry(long transactionId, String kind, OffsetDateTime at, String account, long debit, long credit) {}

    /** Writes a transaction and its entries in the caller's transaction (flush the attempt first). */
    public long post(String kind, Long orderId, Long attemptId, OffsetDateTime at, String memo, List<Line> lines) {
        long id = ((Number) em.createNativeQuery("select nextval('payments.ledger_seq')")
                        .getSingleResult())
                .longValue();
        em.createNativeQuery(
                        "insert into payments.ledger_transaction (id, kind, order_id, attempt_id, occurred_at, memo)"
                                + " values (?1, ?2, cast(?3 as bigint), cast(?4 as bigint), ?5, ?6)")
                .setParameter(1, id)
                .setParameter(2, kind)
                .setParameter(3, orderId)
                .setParameter(4, attemptId)
                .setParameter(5, at)
                .setParameter(6, memo)
                .executeUpdate();
        int n = 0;
        for (Line line : lines) {
            em.createNativeQuery(
                            "insert into payments.ledger_entry (id, transaction_id, account, agency_id, debit, credit)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    // the sequence steps by 50: a transaction id leaves the next 49 numbers to its entries
                    .setParameter(1, id + (++n))
                    .setParameter(2, id)
                    .setParameter(3, line.account())
                    .setParameter(4, line.agencyId())
                    .setParameter(5, line.debit())
                    .setParameter(6, line.credit())
                    .executeUpdate();
        }
        return id;
    }

    /** The entries about one order, in the order they were written. */
    public List<Entry> ofOrder(long orderId) {
        List<?> rows = em.createNativeQuery("select t.id, t.kind, t.occurred_at, e.account, e.debit, e.credit"
                        + " from payments.ledger_transaction t join payments.ledger_entry e on e.transaction_id = t.id"
                        + " where t.order_id = ?1 order by t.id, e.id")
                .setParameter(1, orderId)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new Entry(
                        ((Number) c[0]).longValue(),
                        (String) c[1],
                        Times.of(c[2]),
                        (String) c[3],
                        ((Number) c[4]).longValue(),
                        ((Number) c[5]).longValue()))
                .toList();
    }
}
