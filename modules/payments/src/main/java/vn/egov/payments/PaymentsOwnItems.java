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

/** A citizen's fee orders on his own page (one query): unpaid ones ask him to pay, paid ones lead to the receipt. */
@ApplicationScoped
public class PaymentsOwnItems implements OwnItems {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Override
    public List<OwnItem> of(String username, int limit) {
        if (username == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select o from FeeOrder o where o.payerUsername = :u order by o.createdAt desc", FeeOrder.class)
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
                .toList();
    }
}
