package vn.egov.payments.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Fee orders for other modules' cases: what a payer owes an agency for a dossier (or another
 * case), paid online or at the counter. An order is not a payment: it may see several attempts
 * and is paid by at most one.
 */
public interface FeeOrders {

    /**
     * Creates an unpaid order in the caller's transaction.
     *
     * @throws vn.egov.kernel.api.FieldErrors when the request does not hold (no line, an amount
     *     that is not positive, a payer without a valid CCCD or tax code, an unknown agency)
     */
    FeeOrderView create(FeeOrderRequest request);

    /** Cancels an order that is not paid; refused ({@link OrderNotPayable}) once it is. */
    FeeOrderView cancel(String orderCode, String reason);

    Optional<FeeOrderView> find(String orderCode);

    /** The orders created for one case, oldest first. */
    List<FeeOrderView> ofCase(CaseReference reference);

    /**
     * What is owed.
     *
     * @param payerUsername the payer's account when he has one (he then sees the order on his page), else null
     * @param payerIdNumber a 12-digit CCCD or a tax code (10 digits, or 10-3 for a branch)
     * @param dueAt when the order expires unpaid ({@link FeeOrderExpired}), or null for never
     */
    record FeeOrderRequest(
            CaseReference reference,
            String caseTitle,
            String payerUsername,
            String payerName,
            String payerIdNumber,
            String payerAddress,
            long agencyId,
            List<FeeLine> lines,
            OffsetDateTime dueAt) {}

    /** One fee or charge of an order, with the legal text that sets it. */
    record FeeLine(String feeCode, String name, FeeKind kind, long amount, String legalBasis) {}

    enum FeeKind {
        /** phí */
        FEE,
        /** lệ phí */
        CHARGE
    }

    /** An order as other modules see it. */
    record FeeOrderView(
            String code,
            CaseReference reference,
            String caseTitle,
            String payerName,
            long agencyId,
            long total,
            long refunded,
            OrderStatus status,
            String paidMethod,
            OffsetDateTime paidAt,
            List<FeeLine> lines) {}

    enum OrderStatus {
        UNPAID,
        PAID,
        CANCELLED,
        EXPIRED
    }

    /** Refused: the order is paid, cancelled or expired. */
    class OrderNotPayable extends vn.egov.kernel.api.Refusal {
        public OrderNotPayable(String key) {
            super(409, "order_not_payable", null, vn.egov.kernel.api.Message.of("i18n.payments", key));
        }
    }
}
