package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.payments.api.FeeOrderPaid;
import vn.egov.payments.api.FeeOrders.OrderStatus;
import vn.egov.payments.api.PaymentFacts;
import vn.egov.payments.domain.FailureCode;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.Receipt;

/**
 * What a confirmed payment means, in one transaction: the attempt succeeds, the order is paid,
 * the ledger's entries and the receipt are written, and the fact is kept and fired. The same
 * step serves the gateway's IPN, its query answer and the counter.
 */
@ApplicationScoped
public class PaidOrders {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    ReceiptIssuer receipts;

    @Inject
    FactTable facts;

    @Inject
    Event<FeeOrderPaid> paid;

    @Inject
    AuditTrail audit;

    /**
     * Records the money of an attempt the caller has locked. When another attempt already paid the
     * order, this one is an error kept for a refund.
     *
     * @return the receipt, or null when the order was paid already
     */
    Receipt record(PaymentAttempt attempt, OffsetDateTime at, String txnNo, String gatewayCode, String bankCode) {
        // EclipseLink reads the row again as it locks it (select ... for update): no separate refresh
        em.lock(attempt.getOrder(), LockModeType.PESSIMISTIC_WRITE);
        if (attempt.getOrder().getStatus() != OrderStatus.UNPAID) {
            attempt.paidTwice(at, txnNo, gatewayCode);
            audit.record(
                    "payments.paidTwice",
                    "attempt",
                    attempt.getTxnRef(),
                    "order " + attempt.getOrder().getCode() + " is "
                            + attempt.getOrder().getStatus() + "; gateway transaction " + txnNo + " to refund");
            return null;
        }
        attempt.succeed(at, txnNo, gatewayCode, bankCode);
        return afterSuccess(attempt, at);
    }

    /** The counter's attempt, successful from its creation (the order is locked by the caller). */
    Receipt recordCounter(PaymentAttempt attempt, OffsetDateTime at) {
        return afterSuccess(attempt, at);
    }

    private Receipt afterSuccess(PaymentAttempt attempt, OffsetDateTime at) {
        Receipt receipt = receipts.paid(attempt, at);
        facts.add(PaymentFacts.Kind.PAID, attempt.getOrder(), attempt.getAmount(), at);
        paid.fire(new FeeOrderPaid(
                attempt.getOrder().getCode(),
                attempt.getOrder().reference(),
                attempt.getAmount(),
                attempt.getMethod().name(),
                at));
        return receipt;
    }

    /** Records that an attempt ended without money. */
    void failed(PaymentAttempt attempt, FailureCode code, OffsetDateTime at, String txnNo, String gatewayCode) {
        attempt.fail(code, at, txnNo, gatewayCode);
        audit.record(
                "payments.attemptFailed",
                "attempt",
                attempt.getTxnRef(),
                code.name() + (gatewayCode == null ? "" : "; gateway code " + gatewayCode));
    }
}
