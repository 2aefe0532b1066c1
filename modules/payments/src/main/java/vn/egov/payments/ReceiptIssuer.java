package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.payments.domain.FeeOrderCodes;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.PaymentMethod;
import vn.egov.payments.domain.Receipt;
import vn.egov.payments.domain.ReceiptSeries;

/**
 * Issues the receipt of a paid attempt in the transaction that records the payment, with the
 * ledger's entries: the number is taken from the agency's series by one guarded update, so that
 * a rolled-back payment gives its number back and concurrent payments never share or skip one.
 */
@ApplicationScoped
public class ReceiptIssuer {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    /** A number taken from a series, with the series' symbols. */
    record Taken(long seriesId, int number, String template, String series) {}

    /** Records what a successful attempt means: ledger entries and the receipt. Call after {@code succeed}. */
    Receipt paid(PaymentAttempt attempt, OffsetDateTime at) {
        em.flush();
        long agency = attempt.getOrder().getAgencyId();
        long amount = attempt.getAmount();
        String received = attempt.getMethod() == PaymentMethod.COUNTER ? "cash_at_desk" : "gateway_receivable";
        ledger.post(
                "PAYMENT",
                attempt.getOrder().getId(),
                attempt.getId(),
                at,
                attempt.getTxnRef(),
                List.of(
                        Ledger.Line.debit(received, agency, amount),
                        Ledger.Line.credit("payer_clearing", agency, amount),
                        Ledger.Line.debit("payer_clearing", agency, amount),
                        Ledger.Line.credit("agency_revenue", agency, amount)));
        Optional<Taken> taken = take(agency);
        ReceiptSeries series =
                taken.map(t -> em.find(ReceiptSeries.class, t.seriesId())).orElse(null);
        Receipt receipt = new Receipt(attempt, series, taken.map(Taken::number).orElse(null), lookupCode(), at);
        em.persist(receipt);
        em.flush();
        audit.record(
                "payments.receiptIssued",
                "receipt",
                receipt.getId(),
                (receipt.getFullNumber() == null ? "awaiting a series" : receipt.getFullNumber()) + "; order "
                        + attempt.getOrder().getCode() + "; " + amount + " VND");
        return receipt;
    }

    /**
     * The next number of the agency's first active series with numbers left, or empty. The
     * conditions are in the update's own WHERE, so that a second payer waiting on the same row sees
     * them again after the first commits (and finds the series full rather than overflowing it).
     */
    Optional<Taken> take(long agencyId) {
        for (int tries = 0; tries < 3; tries++) {
            List<?> rows = em.createNativeQuery("update payments.receipt_series set next_number = next_number + 1"
                            + " where agency_id = ?1 and active and next_number <= number_to and id = ("
                            + " select id from payments.receipt_series where agency_id = ?1 and active"
                            + " and next_number <= number_to order by id limit 1)"
                            + " returning id, next_number - 1, template_symbol, series_symbol")
                    .setParameter(1, agencyId)
                    .getResultList();
            if (!rows.isEmpty()) {
                Object[] row = (Object[]) rows.get(0);
                return Optional.of(new Taken(
                        ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
            }
            Number left = (Number) em.createNativeQuery("select count(*) from payments.receipt_series"
                            + " where agency_id = ?1 and active and next_number <= number_to")
                    .setParameter(1, agencyId)
                    .getSingleResult();
            if (left.longValue() == 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Receipts of an agency that waited for a series take their numbers, oldest first; returns how many. */
    int numberAwaiting(long agencyId, OffsetDateTime at) {
        List<Receipt> waiting = em.createQuery(
                        "select r from Receipt r where r.status = vn.egov.payments.domain.ReceiptStatus.AWAITING"
                                + " and r.order.agencyId = :a order by r.id",
                        Receipt.class)
                .setParameter("a", agencyId)
                .getResultList();
        int n = 0;
        for (Receipt r : waiting) {
            Optional<Taken> taken = take(agencyId);
            if (taken.isEmpty()) {
                break;
            }
            r.numbered(
                    em.find(ReceiptSeries.class, taken.get().seriesId()),
                    taken.get().number(),
                    at);
            n++;
        }
        return n;
    }

    /** A receipt's lookup code: ten characters without look-alikes, printed on it. */
    static String lookupCode() {
        return FeeOrderCodes.next(RANDOM).substring(3);
    }
}
