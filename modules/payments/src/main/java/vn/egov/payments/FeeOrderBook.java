package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrderExpired;
import vn.egov.payments.api.FeeOrders;
import vn.egov.payments.api.PaymentFacts;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.FeeOrderCodes;
import vn.egov.payments.domain.OrderDraft;

/** Fee orders for other modules: created, read, cancelled while unpaid, expired when due. */
@ApplicationScoped
public class FeeOrderBook implements FeeOrders {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Organisation organisation;

    @Inject
    FactTable facts;

    @Inject
    FeeCodes feeCodes;

    @Inject
    Event<FeeOrderExpired> expired;

    @Override
    @Transactional
    public FeeOrderView create(FeeOrderRequest request) {
        OrderDraft draft = OrderDraft.of(request);
        if (organisation.unit(draft.agencyId()).filter(u -> u.agency()).isEmpty()) {
            throw FieldErrors.of("agencyId", Message.of(PaymentsModule.BUNDLE, "order.agency"));
        }
        for (var line : draft.lines()) {
            if (feeCodes.withdrawn(line.feeCode())) {
                throw FieldErrors.of(
                        "lines", Message.of(PaymentsModule.BUNDLE, "order.feeCodeWithdrawn", line.feeCode()));
            }
        }
        FeeOrder order = new FeeOrder(
                FeeOrderCodes.next(RANDOM),
                draft,
                OffsetDateTime.now(clock),
                audit.currentOrigin().actor());
        em.persist(order);
        em.flush();
        audit.record(
                "payments.orderCreated",
                "feeOrder",
                order.getCode(),
                draft.reference().module() + ":" + draft.reference().code() + " " + order.getTotal() + " VND");
        return order.view();
    }

    @Override
    @Transactional
    public FeeOrderView cancel(String orderCode, String reason) {
        FeeOrder order = locked(orderCode);
        order.cancel(reason == null ? null : reason.strip());
        audit.record("payments.orderCancelled", "feeOrder", orderCode, reason);
        return order.view();
    }

    @Override
    public Optional<FeeOrderView> find(String orderCode) {
        return byCode(orderCode).map(FeeOrder::view);
    }

    @Override
    public List<FeeOrderView> ofCase(CaseReference reference) {
        return em
                .createQuery(
                        "select o from FeeOrder o where o.caseModule = :m and o.caseCode = :c order by o.createdAt, o.id",
                        FeeOrder.class)
                .setParameter("m", reference.module())
                .setParameter("c", reference.code())
                .getResultList()
                .stream()
                .map(FeeOrder::view)
                .toList();
    }

    /** The order, or empty. */
    public Optional<FeeOrder> byCode(String code) {
        if (code == null || !FeeOrderCodes.wellFormed(code)) {
            return Optional.empty();
        }
        return em.createQuery("select o from FeeOrder o where o.code = :c", FeeOrder.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /** The order locked for this transaction, or 404. */
    FeeOrder locked(String code) {
        FeeOrder order = byCode(code).orElseThrow(() -> PaymentsRefusal.notFound("refusal.orderNotFound"));
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        // what another transaction committed while this one waited for the lock
        em.refresh(order);
        return order;
    }

    /** The reference of the order's next attempt: its code and the attempt's number ({@code TT-...-2}); lock the order first. */
    String nextTxnRef(FeeOrder order) {
        long tries = em.createQuery("select count(a) from PaymentAttempt a where a.order = :o", Long.class)
                .setParameter("o", order)
                .getSingleResult();
        return order.getCode() + "-" + (tries + 1);
    }

    /** Expires the unpaid orders past their due time, at most {@code limit}; returns how many. */
    @Transactional
    public int expireDue(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<FeeOrder> due = Claims.claim(
                em,
                FeeOrder.class,
                "select id from payments.fee_order where status = 'UNPAID' and due_at <= ?1 order by due_at",
                now,
                limit);
        for (FeeOrder order : due) {
            order.expire();
            facts.add(PaymentFacts.Kind.EXPIRED, order, order.getTotal(), now);
            expired.fire(new FeeOrderExpired(order.getCode(), order.reference(), order.getTotal(), now));
            audit.record("payments.orderExpired", "feeOrder", order.getCode(), null);
        }
        return due.size();
    }
}
