package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import vn.egov.kernel.api.Caller;
import vn.egov.payments.api.FeeOrders.OrderStatus;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.PaymentMethod;
import vn.egov.payments.domain.Receipt;

/** Orders, attempts and receipts as staff and payers read them. */
@ApplicationScoped
public class OrderQueries {
    public static final int PAGE = 50;

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ReceiptQueries receipts;

    @Inject
    Ledger ledger;

    /** What staff filter their agencies' orders by; every part may be null. */
    public record Filter(OrderStatus status, PaymentMethod method, String search, int page) {}

    /** One page of the orders of the caller's agencies, newest first, and how many there are in all. */
    public record Page(List<FeeOrder> orders, long total) {}

    public Page ofMyAgencies(Filter f) {
        Set<Long> agencies = StaffScope.agencies(caller);
        if (agencies.isEmpty()) {
            return new Page(List.of(), 0);
        }
        String where = " from FeeOrder o where o.agencyId in :a"
                + (f.status() == null ? "" : " and o.status = :s")
                + (f.method() == null ? "" : " and o.paidMethod = :m")
                + (f.search() == null || f.search().isBlank()
                        ? ""
                        : " and (upper(o.code) like :q or upper(o.caseCode) like :q or upper(o.payerName) like :q)");
        TypedQuery<FeeOrder> list =
                em.createQuery("select o" + where + " order by o.createdAt desc, o.id desc", FeeOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            q.setParameter("a", agencies);
            if (f.status() != null) {
                q.setParameter("s", f.status());
            }
            if (f.method() != null) {
                q.setParameter("m", f.method());
            }
            if (f.search() != null && !f.search().isBlank()) {
                q.setParameter(
                        "q",
                        "%"
                                + f.search()
                                        .strip()
                                        .toUpperCase(java.util.Locale.ROOT)
                                        .replace("%", "")
                                        .replace("_", "")
                                + "%");
            }
        }
        // the lines of the page's orders in one more query, not one each
        list.setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN");
        return new Page(
                list.setFirstResult(Math.max(0, f.page()) * PAGE)
                        .setMaxResults(PAGE)
                        .getResultList(),
                count.getSingleResult());
    }

    /** An order a staff member of its agency may open; empty also for another agency's order. */
    public java.util.Optional<FeeOrder> forStaff(String code) {
        return byCodeFor(code).filter(o -> StaffScope.agencies(caller).contains(o.getAgencyId()));
    }

    private java.util.Optional<FeeOrder> byCodeFor(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select o from FeeOrder o where o.code = :c", FeeOrder.class)
                .setParameter("c", code.strip())
                .getResultStream()
                .findFirst();
    }

    public List<PaymentAttempt> attempts(long orderId) {
        return em.createQuery(
                        "select a from PaymentAttempt a where a.order.id = :o order by a.createdAt, a.id",
                        PaymentAttempt.class)
                .setParameter("o", orderId)
                .getResultList();
    }

    public List<Receipt> receipts(long orderId) {
        return receipts.ofOrder(orderId);
    }

    public List<Ledger.Entry> ledger(long orderId) {
        return ledger.ofOrder(orderId);
    }
}
