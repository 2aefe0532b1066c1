package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OwnItem;
import vn.egov.kernel.api.OwnItems;
import vn.egov.payments.api.FeeOrders.OrderStatus;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.Receipt;

/** A citizen's fee orders and receipts on his own page (two queries): unpaid orders ask him to pay. */
@ApplicationScoped
public class PaymentsOwnItems implements OwnItems {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public List<OwnItem> of(String username, int limit) {
        if (username == null) {
            return List.of();
        }
        List<OwnItem> items = new java.util.ArrayList<>(em
                .createQuery(
                        "select o from FeeOrder o where o.payerUsername = :u order by o.createdAt desc", FeeOrder.class)
                .setHint("eclipselink.batch", "o.lines")
                .setHint("eclipselink.batch.type", "IN")
                .setParameter("u", username)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(o -> new OwnItem(
                        "payments",
                        Message.of(PaymentsModule.BUNDLE, "own.kind"),
                        o.getCode(),
                        o.getCaseTitle() == null ? o.reference().code() : o.getCaseTitle(),
                        Message.of(
                                PaymentsModule.BUNDLE,
                                "order.status." + o.getStatus().name()),
                        o.getPaidAt() != null ? o.getPaidAt() : o.getCreatedAt(),
                        o.getStatus() == OrderStatus.UNPAID
                                ? Message.of(PaymentsModule.BUNDLE, "own.next.pay", PaymentsText.money(o.getTotal()))
                                : null,
                        "/payments/pay.xhtml?order=" + o.getCode()))
                .toList());
        // his receipts, each its own item: the lookup page shows it and gives its sealed PDF
        em.createQuery(
                        "select r from Receipt r join fetch r.order o join fetch r.series join fetch r.attempt"
                                + " where o.payerUsername = :u and r.number is not null"
                                + " order by r.issuedAt desc",
                        Receipt.class)
                .setParameter("u", username)
                .setMaxResults(limit)
                .getResultList()
                .forEach(r -> items.add(new OwnItem(
                        "payments",
                        Message.of(PaymentsModule.BUNDLE, "own.receipt"),
                        r.getFullNumber(),
                        r.getOrder().getCaseTitle() == null
                                ? r.getOrder().reference().code()
                                : r.getOrder().getCaseTitle(),
                        Message.of(
                                PaymentsModule.BUNDLE,
                                "receipt.status." + r.getStatus().name()),
                        r.getCancelledAt() != null ? r.getCancelledAt() : r.getIssuedAt(),
                        null,
                        "/payments/receipt.xhtml?so=" + r.getNumber() + "&kh="
                                + r.getSeries().getSeriesSymbol() + "&ma=" + r.getLookupCode())));
        items.sort(java.util.Comparator.comparing(OwnItem::updatedAt).reversed());
        return items.subList(0, Math.min(limit, items.size()));
    }
}
