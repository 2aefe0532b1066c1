package vn.egov.sandbox.vnpay;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one payment as the sandbox knows it. While the payment page is shown and no outcome has been
 * chosen, {@code transactionNo}, {@code payDate}, {@code responseCode} and {@code transactionStatus} are
 * {@code null} and {@link #pending()} is true.
 *
 * @param amount the amount in VND (not multiplied by 100)
 * @param createDate the merchant's {@code vnp_CreateDate}, {@code yyyyMMddHHmmss} in UTC+7
 * @param payDate {@code yyyyMMddHHmmss} in UTC+7
 * @param refundedAmount VND refunded so far
 */
public record Transaction(
        String txnRef,
        String tmnCode,
        long amount,
        String orderInfo,
        String returnUrl,
        String createDate,
        String transactionNo,
        String bankCode,
        String payDate,
        String responseCode,
        String transactionStatus,
        long refundedAmount,
        String bankTranNo,
        Instant paidAt,
        List<Refund> refunds) {

    public Transaction {
        refunds = List.copyOf(refunds);
    }

    /** True while the payment page is shown and no outcome has been chosen yet. */
    public boolean pending() {
        return transactionNo == null;
    }

    /** True when the payment went through (response code and status both 00). */
    public boolean succeeded() {
        return "00".equals(responseCode) && "00".equals(transactionStatus);
    }

    /**
     * One refund of a payment.
     *
     * @param transactionNo the refund's own transaction number
     * @param amount VND (not multiplied by 100)
     * @param transactionType "02" full, "03" partial
     */
    public record Refund(String transactionNo, long amount, Instant at, String transactionType, String createBy) {}
}
