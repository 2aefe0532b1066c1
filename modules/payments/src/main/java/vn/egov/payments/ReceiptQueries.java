package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.egov.payments.domain.Receipt;

/** Receipts as pages and the API read them. */
@ApplicationScoped
public class ReceiptQueries {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    /** A receipt by its lookup code and printed number (both must match). */
    public Optional<Receipt> byLookup(String lookupCode, Integer number) {
        if (lookupCode == null || number == null || lookupCode.length() > 12) {
            return Optional.empty();
        }
        return em.createQuery("select r from Receipt r where r.lookupCode = :c and r.number = :n", Receipt.class)
                .setParameter("c", lookupCode.strip().toUpperCase(java.util.Locale.ROOT))
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    /** The receipts of an order, newest first. */
    public List<Receipt> ofOrder(long orderId) {
        return em.createQuery("select r from Receipt r where r.order.id = :o order by r.id desc", Receipt.class)
                .setParameter("o", orderId)
                .getResultList();
    }
}
