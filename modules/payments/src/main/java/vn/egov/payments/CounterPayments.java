package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Role;
import vn.egov.payments.domain.CounterKind;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.Receipt;

/** An officer of the collecting agency records what a payer paid at the one-stop desk; the receipt follows. */
@ApplicationScoped
public class CounterPayments {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    FeeOrderBook orders;

    @Inject
    PaidOrders paidOrders;

    /**
     * @param amount what the officer took, which must be the order's total
     * @param note   the card slip's number, or what the officer wants kept (optional)
     */
    @Transactional
    public Receipt record(String orderCode, long amount, CounterKind kind, String note) {
        FeeOrder order = orders.locked(orderCode);
        if (!StaffScope.serves(caller, order.getAgencyId(), Role.OFFICER)) {
            throw PaymentsRefusal.notAllowed();
        }
        order.checkPayable();
        if (amount != order.getTotal()) {
            throw PaymentsRefusal.invalid("amount", "refusal.counterAmount", order.getTotal());
        }
        if (kind == null) {
            throw PaymentsRefusal.invalid("kind", "refusal.counterKind");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > 200) {
            throw PaymentsRefusal.invalid("note", "order.tooLong", 200);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        PaymentAttempt attempt =
                PaymentAttempt.counter(order, orders.nextTxnRef(order), now, caller.username(), kind, clean);
        em.persist(attempt);
        Receipt receipt = paidOrders.recordCounter(attempt, now);
        audit.record(
                "payments.counterPaid",
                "feeOrder",
                order.getCode(),
                kind.name() + "; " + amount + " VND" + (clean == null ? "" : "; " + clean));
        return receipt;
    }
}
