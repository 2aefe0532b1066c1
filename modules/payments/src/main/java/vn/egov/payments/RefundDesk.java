package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Role;
import vn.egov.payments.api.FeeOrderRefunded;
import vn.egov.payments.api.PaymentFacts;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.PaymentMethod;
import vn.egov.payments.domain.Receipt;
import vn.egov.payments.domain.ReceiptStatus;
import vn.egov.payments.domain.Refund;

/**
 * Refunds: an officer of the order's agency asks, with the amount available he saw; a leader of
 * that agency who did not ask decides; the money goes back through the gateway's refund API (or
 * in cash at the desk for a counter payment). A done refund writes its ledger entries and its
 * fact, and a full one cancels the receipt.
 */
@ApplicationScoped
public class RefundDesk {
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
    VnpayGateway gateway;

    @Inject
    Ledger ledger;

    @Inject
    FactTable facts;

    @Inject
    Event<FeeOrderRefunded> refunded;

    @Inject
    RefundDesk self;

    @Transactional
    public Refund request(String orderCode, long amount, long availableSeen, String reason) {
        FeeOrder order = orders.locked(orderCode);
        if (!StaffScope.serves(caller, order.getAgencyId(), Role.OFFICER)) {
            throw PaymentsRefusal.notAllowed();
        }
        PaymentAttempt paid = paidAttempt(order).orElseThrow(() -> PaymentsRefusal.conflict("refusal.order.UNPAID"));
        long open = em.createQuery(
                        "select count(r) from Refund r where r.order = :o"
                                + " and r.status in (vn.egov.payments.domain.RefundStatus.REQUESTED,"
                                + " vn.egov.payments.domain.RefundStatus.SUBMITTED)",
                        Long.class)
                .setParameter("o", order)
                .getSingleResult();
        if (open > 0) {
            throw PaymentsRefusal.conflict("refund.open");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Refund refund =
                new Refund(order, paid, amount, availableSeen, order.getRefundable(), reason, caller.username(), now);
        em.persist(refund);
        em.flush();
        audit.record("payments.refundRequested", "feeOrder", order.getCode(), amount + " VND; " + refund.getReason());
        return refund;
    }

    @Transactional
    public void reject(long refundId, String note) {
        Refund refund = lockedForLeader(refundId);
        refund.reject(caller.username(), note, OffsetDateTime.now(clock));
        audit.record("payments.refundRejected", "refund", refundId, note);
    }

    /**
     * A leader approves: the refund is submitted (committed first), the gateway asked, its answer
     * recorded. Without an answer the refund fails with code NA: someone checks the gateway's
     * portal before asking again, so that money is never sent twice.
     */
    public Refund approve(long refundId, String note) {
        Refund refund = self.submit(refundId, note);
        if (refund.getAttempt().getMethod() == PaymentMethod.COUNTER) {
            return self.record(refundId, true, null, "00");
        }
        Optional<Map<String, String>> answer = gateway.config()
                .flatMap(c -> gateway.refund(
                        c,
                        refund.getAttempt(),
                        refund.getAmount(),
                        refund.isFull(),
                        caller.username(),
                        refund.getOrder().getCode()));
        if (answer.isEmpty()) {
            return self.record(refundId, false, null, "NA");
        }
        String code = answer.get().getOrDefault("vnp_ResponseCode", "99");
        return self.record(refundId, "00".equals(code), answer.get().get("vnp_TransactionNo"), code);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Refund submit(long refundId, String note) {
        Refund refund = lockedForLeader(refundId);
        refund.approve(caller.username(), note, OffsetDateTime.now(clock));
        audit.record("payments.refundApproved", "refund", refundId, note);
        return refund;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Refund record(long refundId, boolean done, String txnNo, String code) {
        Refund refund = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        FeeOrder order = refund.getOrder();
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!done) {
            refund.failed(code, now);
            audit.record("payments.refundFailed", "refund", refundId, "gateway code " + code);
            return refund;
        }
        refund.succeeded(txnNo, code, now);
        em.flush();
        long agency = order.getAgencyId();
        String paidFrom =
                refund.getAttempt().getMethod() == PaymentMethod.COUNTER ? "cash_at_desk" : "gateway_receivable";
        ledger.post(
                "REFUND",
                order.getId(),
                refund.getAttempt().getId(),
                now,
                "refund " + refundId,
                List.of(
                        Ledger.Line.debit("agency_revenue", agency, refund.getAmount()),
                        Ledger.Line.credit("refunds_payable", agency, refund.getAmount()),
                        Ledger.Line.debit("refunds_payable", agency, refund.getAmount()),
                        Ledger.Line.credit(paidFrom, agency, refund.getAmount())));
        facts.add(PaymentFacts.Kind.REFUNDED, order, refund.getAmount(), now);
        refunded.fire(new FeeOrderRefunded(order.getCode(), order.reference(), refund.getAmount(), now));
        if (order.getRefundable() == 0) {
            for (Receipt r : em.createQuery(
                            "select r from Receipt r where r.order = :o and r.status <> :c", Receipt.class)
                    .setParameter("o", order)
                    .setParameter("c", ReceiptStatus.CANCELLED)
                    .getResultList()) {
                r.cancel(Message.text(Message.VIETNAMESE, PaymentsModule.BUNDLE, "refund.receiptCancelled"), now);
                audit.record("payments.receiptCancelled", "receipt", r.getId(), "full refund " + refundId);
            }
        }
        audit.record(
                "payments.refunded",
                "refund",
                refundId,
                refund.getAmount() + " VND; gateway " + (txnNo == null ? "-" : txnNo));
        return refund;
    }

    public List<Refund> ofOrder(long orderId) {
        return em.createQuery("select r from Refund r where r.order.id = :o order by r.requestedAt", Refund.class)
                .setParameter("o", orderId)
                .getResultList();
    }

    private Refund lockedForLeader(long refundId) {
        Refund refund = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (refund == null) {
            throw PaymentsRefusal.notFound("refusal.refundNotFound");
        }
        if (!StaffScope.serves(caller, refund.getOrder().getAgencyId(), Role.LEADER)) {
            throw PaymentsRefusal.notAllowed();
        }
        return refund;
    }

    private Optional<PaymentAttempt> paidAttempt(FeeOrder order) {
        return em.createQuery(
                        "select a from PaymentAttempt a where a.order = :o"
                                + " and a.state = vn.egov.payments.domain.PaymentState.SUCCESS",
                        PaymentAttempt.class)
                .setParameter("o", order)
                .getResultStream()
                .findFirst();
    }
}
