package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import vn.egov.kernel.api.helpers.DatabaseMoments;

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

    /**
     * Writes a transaction and its entries in the caller's transaction, in one statement (flush the
     * attempt first); returns the transaction's id. Entries take the ids after it: the sequence
     * steps by 50, so a transaction id leaves the next 49 numbers to its entries.
     */
    public long post(String kind, Long orderId, Long attemptId, OffsetDateTime at, String memo, List<Line> lines) {
        if (lines.isEmpty() || lines.size() > 49) {
            throw new IllegalArgumentException("a ledger transaction has 1 to 49 entries: " + lines.size());
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            int p = 6 + i * 4;
            values.append(i == 0 ? "" : ", ")
                    .append("(")
                    .append(i + 1)
                    .append(", cast(?")
                    .append(p)
                    .append(" as varchar), cast(?")
                    .append(p + 1)
                    .append(" as bigint), cast(?")
                    .append(p + 2)
                    .append(" as bigint), cast(?")
                    .append(p + 3)
                    .append(" as bigint))");
        }
        var query = em.createNativeQuery("with t as (insert into payments.ledger_transaction (id, kind, order_id,"
                + " attempt_id, occurred_at, memo) values (nextval('payments.ledger_seq'), ?1, cast(?2 as bigint),"
                + " cast(?3 as bigint), ?4, ?5) returning id)"
                + " insert into payments.ledger_entry (id, transaction_id, account, agency_id, debit, credit)"
                + " select t.id + e.n, t.id, e.account, e.agency, e.debit, e.credit from t, (values " + values
                + ") as e (n, account, agency, debit, credit) returning transaction_id");
        query.setParameter(1, kind)
                .setParameter(2, orderId)
                .setParameter(3, attemptId)
                .setParameter(4, at)
                .setParameter(5, memo);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int p = 6 + i * 4;
            query.setParameter(p, line.account())
                    .setParameter(p + 1, line.agencyId())
                    .setParameter(p + 2, line.debit())
                    .setParameter(p + 3, line.credit());
        }
        return ((Number) query.getResultList().get(0)).longValue();
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
                        DatabaseMoments.of(c[2]),
                        (String) c[3],
                        ((Number) c[4]).longValue(),
                        ((Number) c[5]).longValue()))
                .toList();
    }
}
