package vn.egov.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders.FeeKind;
import vn.egov.payments.api.FeeOrders.FeeLine;
import vn.egov.payments.api.FeeOrders.FeeOrderRequest;
import vn.egov.payments.api.FeeOrders.OrderNotPayable;
import vn.egov.payments.api.FeeOrders.OrderStatus;

/** The attempt's state machine (GOV.UK Pay's states), the order it pays, and what a request must hold. */
class PaymentAttemptTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00+07:00");

    static FeeOrder order(long... amounts) {
        List<FeeLine> lines = java.util.Arrays.stream(amounts)
                .mapToObj(a -> new FeeLine("LP-GPXD", "Lệ phí cấp giấy phép xây dựng", FeeKind.CHARGE, a, "NQ 01/2025"))
                .toList();
        return new FeeOrder(
                "TT-ABCDEFGHJK",
                OrderDraft.of(new FeeOrderRequest(
                        new CaseReference("procedures", "000.00.00.H56-261202-0001"),
                        "Cấp giấy phép xây dựng",
                        "congdan",
                        " Nguyễn Văn An ",
                        "027095001234",
                        null,
                        7L,
                        lines,
                        null)),
                NOW,
                "system");
    }

    @Test
    void anOnlineAttemptGoesStartedSubmittedSuccessAndPaysTheOrderOnce() {
        FeeOrder order = order(100_000, 50_000);
        assertEquals(150_000, order.getTotal());
        assertEquals("Nguyễn Văn An", order.getPayerName(), "texts are trimmed");
        PaymentAttempt a = PaymentAttempt.online(order, "TT-ABCDEFGHJK-1", NOW, NOW.plusMinutes(90), null, "127.0.0.1");
        assertEquals(PaymentState.CREATED, a.getState());
        assertFalse(a.isFinished());
        a.start();
        a.submit();
        assertEquals(PaymentState.SUBMITTED, a.getState());
        a.succeed(NOW.plusMinutes(2), "14000001", "00", "NCB");
        assertTrue(a.isFinished());
        assertEquals(OrderStatus.PAID, order.getStatus());
        assertEquals(PaymentMethod.ONLINE, order.getPaidMethod());
        assertEquals(150_000, order.getRefundable());
        assertEquals(
                409,
                assertThrows(IllegalPaymentStep.class, () -> a.succeed(NOW, "x", "00", null))
                        .status());
        assertThrows(IllegalPaymentStep.class, () -> a.fail(FailureCode.P0010, NOW, null, "51"));
        assertThrows(IllegalPaymentStep.class, a::start);
        assertThrows(
                OrderNotPayable.class,
                () -> PaymentAttempt.online(order, "TT-ABCDEFGHJK-2", NOW, NOW.plusMinutes(90), null, null),
                "a paid order takes no new attempt");
    }

    @Test
    void aFailedAttemptLeavesTheOrderPayableAndCarriesItsCode() {
        FeeOrder order = order(8_000);
        PaymentAttempt first = PaymentAttempt.online(order, "TT-ABCDEFGHJK-1", NOW, NOW.plusMinutes(90), null, null);
        first.start();
        first.fail(FailureCode.ofGatewayCode("24"), NOW, "14000002", "24");
        assertEquals(PaymentState.CANCELLED, first.getState());
        assertEquals(FailureCode.P0030, first.getFailureCode());
        assertTrue(first.isFinished());
        assertEquals(OrderStatus.UNPAID, order.getStatus());
        PaymentAttempt second = PaymentAttempt.online(order, "TT-ABCDEFGHJK-2", NOW, NOW.plusMinutes(90), null, null);
        second.start();
        second.succeed(NOW, "14000003", "00", "NCB");
        assertEquals(OrderStatus.PAID, order.getStatus());
    }

    @Test
    void moneyForAnOrderPaidOtherwiseIsAnErrorKeptForARefund() {
        FeeOrder order = order(8_000);
        PaymentAttempt online = PaymentAttempt.online(order, "TT-ABCDEFGHJK-1", NOW, NOW.plusMinutes(90), null, null);
        online.start();
        PaymentAttempt.counter(order, "TT-ABCDEFGHJK-2", NOW, "canbo", CounterKind.CASH, null);
        assertEquals(PaymentMethod.COUNTER, order.getPaidMethod());
        online.paidTwice(NOW, "14000004", "00");
        assertEquals(PaymentState.ERROR, online.getState());
        assertEquals(FailureCode.P0050, online.getFailureCode());
        assertTrue(online.isNeedsRefund());
    }

    @Test
    void gatewayCodesMapToGovUkPayFailures() {
        assertEquals(FailureCode.P0010, FailureCode.ofGatewayCode("51"));
        assertEquals(PaymentState.FAILED, FailureCode.ofGatewayCode("13").state());
        assertEquals(FailureCode.P0020, FailureCode.ofGatewayCode("11"));
        assertEquals(PaymentState.EXPIRED, FailureCode.P0020.state());
        assertEquals(FailureCode.P0030, FailureCode.ofGatewayCode("24"));
        assertEquals(FailureCode.P0050, FailureCode.ofGatewayCode("99"));
        assertEquals(FailureCode.P0050, FailureCode.ofGatewayCode(null));
        assertEquals(PaymentState.ERROR, FailureCode.P0050.state());
    }

    @Test
    void aCancelledOrExpiredOrderTakesNoPayment() {
        FeeOrder cancelled = order(8_000);
        cancelled.cancel("Hồ sơ rút");
        assertThrows(
                OrderNotPayable.class,
                () -> PaymentAttempt.counter(cancelled, "x-1", NOW, "canbo", CounterKind.CARD, null));
        FeeOrder expired = order(8_000);
        expired.expire();
        assertEquals(OrderStatus.EXPIRED, expired.getStatus());
        assertThrows(OrderNotPayable.class, expired::expire);
    }

    @Test
    void aRequestMissingWhatAnOrderNeedsIsRefusedFieldByField() {
        FieldErrors errors = assertThrows(
                FieldErrors.class,
                () -> OrderDraft.of(new FeeOrderRequest(
                        new CaseReference("Procedures!", ""),
                        null,
                        null,
                        " ",
                        "12345",
                        null,
                        7L,
                        List.of(new FeeLine("LP", "Lệ phí", FeeKind.FEE, 0, null)),
                        null)));
        assertEquals(
                java.util.Set.of("reference", "payerName", "payerIdNumber", "lines"),
                errors.byField().keySet());
        FieldErrors tooMuch = assertThrows(FieldErrors.class, () -> order(OrderDraft.MAX_TOTAL, 1));
        assertTrue(tooMuch.byField().containsKey("lines"));
        // a business pays with its tax code (a branch with 10-3 digits)
        assertEquals(
                "0100109106-001",
                OrderDraft.of(new FeeOrderRequest(
                                new CaseReference("procedures", "X-1"),
                                null,
                                null,
                                "Công ty TNHH Một Thành Viên",
                                "0100109106-001",
                                null,
                                7L,
                                List.of(new FeeLine("P", "Phí", FeeKind.FEE, 1, null)),
                                null))
                        .payerIdNumber());
    }

    @Test
    void aRefundIsCheckedAgainstWhatTheOfficerSawAndDecidedByAnother() {
        FeeOrder order = order(150_000);
        PaymentAttempt paid = PaymentAttempt.counter(order, "TT-ABCDEFGHJK-1", NOW, "canbo", CounterKind.CASH, null);
        Refusal stale = assertThrows(
                Refusal.class, () -> new Refund(order, paid, 50_000, 100_000, 150_000, "Nộp thừa", "canbo", NOW));
        assertEquals(409, stale.status());
        assertEquals(
                400,
                assertThrows(
                                Refusal.class,
                                () -> new Refund(order, paid, 200_000, 150_000, 150_000, "Nộp thừa", "canbo", NOW))
                        .status());
        Refund refund = new Refund(order, paid, 50_000, 150_000, 150_000, "Nộp thừa lệ phí", "canbo", NOW);
        assertEquals(
                403,
                assertThrows(Refusal.class, () -> refund.approve("canbo", null, NOW))
                        .status());
        refund.approve("lanhdao", "Đồng ý", NOW);
        assertEquals(RefundStatus.SUBMITTED, refund.getStatus());
        assertEquals(
                409,
                assertThrows(Refusal.class, () -> refund.reject("lanhdao", null, NOW))
                        .status());
        refund.succeeded("14000009", "00", NOW);
        assertEquals(100_000, order.getRefundable());
        assertFalse(refund.isFull());
    }
}
