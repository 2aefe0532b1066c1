package vn.egov.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.audit.AuditLog;
import vn.egov.kernel.organisation.OrganisationTree;
import vn.egov.payments.Ledger;
import vn.egov.payments.OnlinePayments;
import vn.egov.payments.OrderQueries;
import vn.egov.payments.PaymentsModule;
import vn.egov.payments.ReceiptSealing;
import vn.egov.payments.ReceiptSeriesBook;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders;
import vn.egov.payments.api.PaymentFacts;
import vn.egov.payments.api.PaymentFigures;
import vn.egov.payments.domain.FailureCode;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.PaymentState;
import vn.egov.payments.domain.Receipt;
import vn.egov.payments.domain.VnpayProtocol;
import vn.egov.sandbox.vnpay.SandboxGateway;
import vn.egov.signing.api.SignatureVerification;

/**
 * The payments module inside Payara Micro, paying through the sandbox gateway (started here, in
 * the server's JVM, on 127.0.0.1) exactly as a payer's browser would: the gateway's page, its
 * choice, its IPN to the platform; then the receipt sealed and verified, replayed and forged IPNs,
 * a failure then a successful retry, idempotency, and an attempt settled by the query API.
 */
@ExtendWith({TestDatabaseServer.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsServicesIT {
    private static final String SECRET = "payments-it-secret-0123456789abcdef";
    private static final String TMN = "EGOVTEST";
    private static SandboxGateway sandbox;
    private static long agencyId;

    @Deployment
    static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("platform.war", "target/platform.war")))
                .addClasses(PaymentsServicesIT.class, TestDatabaseServer.class)
                .addPackage(SandboxGateway.class.getPackage());
    }

    @Inject
    FeeOrders orders;

    @Inject
    OnlinePayments online;

    @Inject
    OrderQueries queries;

    @Inject
    vn.egov.payments.Reconciliation reconciliation;

    @Inject
    ReceiptSealing sealing;

    @Inject
    ReceiptSeriesBook series;

    @Inject
    PaymentFacts facts;

    @Inject
    PaymentFigures figures;

    @Inject
    Settings settings;

    @Inject
    OrganisationTree organisation;

    @Inject
    SignatureVerification verification;

    @Inject
    AuditLog audit;

    @jakarta.persistence.PersistenceContext(unitName = "payments")
    jakarta.persistence.EntityManager payments;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    @Inject
    jakarta.servlet.ServletContext servlet;

    /** The deployment's own address (Arquillian deploys under the archive's name, not at /). */
    private String base() {
        return "http://127.0.0.1:18090" + servlet.getContextPath() + "/";
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The sandbox, the gateway settings pointing at it, and an agency with a receipt series (once). */
    private synchronized void ready() throws Exception {
        if (sandbox != null) {
            return;
        }
        sandbox = SandboxGateway.start(new SandboxGateway.Config(
                0,
                TMN,
                SECRET,
                base() + "api/v1/payments/vnpay/ipn",
                null,
                List.of(Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1)),
                java.time.Clock.systemDefaultZone()));
        settings.put(PaymentsModule.GATEWAY_PAYMENT_URL.key(), sandbox.paymentUrl());
        settings.put(PaymentsModule.GATEWAY_API_URL.key(), sandbox.apiUrl());
        settings.put(PaymentsModule.SETTLEMENT_URL.key(), sandbox.url() + "merchant_webapi/settlement");
        settings.put(PaymentsModule.TERMINAL_CODE.key(), TMN);
        settings.putSecret(PaymentsModule.HASH_SECRET.key(), SECRET);
        OrgUnitView province =
                organisation.create("PM-P", "PROVINCE", null, "Tỉnh Thanh Toán", LocalDate.of(2000, 1, 1));
        OrgUnitView agency = organisation.create(
                "PM-SXD", "AGENCY", province.id(), "Sở Xây dựng Thanh Toán", LocalDate.of(2000, 1, 1));
        agencyId = agency.id();
        series.register(new ReceiptSeriesBook.SeriesForm(
                agencyId, "01BLP0-001", "PM-26E", 1, 999, "Sở Xây dựng Thanh Toán", "2300000009", "Bắc Ninh"));
    }

    private FeeOrders.FeeOrderView order(String dossier, long amount) {
        return orders.create(new FeeOrders.FeeOrderRequest(
                new CaseReference("procedures", dossier),
                "Cấp giấy phép xây dựng",
                null,
                "Nguyễn Văn An",
                "027095001234",
                "Phường Kinh Bắc, tỉnh Bắc Ninh",
                agencyId,
                List.of(new FeeOrders.FeeLine(
                        "LP-GPXD",
                        "Lệ phí cấp giấy phép xây dựng",
                        FeeOrders.FeeKind.CHARGE,
                        amount,
                        "Nghị quyết HĐND tỉnh")),
                null));
    }

    /** Opens the gateway's page as the payer's browser and presses one of its buttons; returns the redirect back. */
    private String pay(String redirectUrl, String outcome) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(redirectUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(), page.body());
        HttpResponse<String> chosen = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.url() + "paymentv2/choose"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&outcome=" + outcome))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, chosen.statusCode(), chosen.body());
        return chosen.headers().firstValue("Location").orElseThrow();
    }

    private PaymentAttempt finished(String txnRef) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            PaymentAttempt a = online.byTxnRef(txnRef, false).orElseThrow();
            if (a.isFinished()) {
                return a;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the gateway's IPN did not finish " + txnRef);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }

    private Map<String, String> ipn(Map<String, String> params) throws Exception {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base() + "api/v1/payments/vnpay/ipn?" + q))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, String> answer = new LinkedHashMap<>();
        Matcher m =
                Pattern.compile("\"(RspCode|Message)\"\\s*:\\s*\"([^\"]*)\"").matcher(r.body());
        while (m.find()) {
            answer.put(m.group(1), m.group(2));
        }
        return answer;
    }

    @Test
    @Order(1)
    void aPayerPaysThroughTheGatewayAndGetsASealedReceiptExactlyOnce() throws Exception {
        ready();
        FeeOrders.FeeOrderView order = order("PM.SXD-261202-0001", 150_000);
        OnlinePayments.Started started =
                online.start(order.code(), "key-1", OnlinePayments.bodyHash(order.code(), "vi"), "vi");
        assertEquals(PaymentState.STARTED, started.attempt().getState());
        String back = pay(started.redirectUrl(), "success");
        assertTrue(back.contains("/payments/return.xhtml?vnp_"), back);
        PaymentAttempt paid = finished(started.attempt().getTxnRef());
        assertEquals(PaymentState.SUCCESS, paid.getState());
        assertNotNull(paid.getGatewayTxnNo());
        assertEquals(
                FeeOrders.OrderStatus.PAID,
                orders.find(order.code()).orElseThrow().status());

        // the return address only shows: correctly signed, it finds the same (finished) attempt
        assertEquals(paid.getId(), online.returned(query(back)).orElseThrow().getId());
        Map<String, String> forgedReturn = query(back);
        forgedReturn.put("vnp_ResponseCode", "24");
        assertTrue(online.returned(forgedReturn).isEmpty(), "a return with a broken hash shows nothing");

        List<Receipt> receipts = queries.receipts(paid.getOrder().getId());
        assertEquals(1, receipts.size());
        Receipt receipt = receipts.get(0);
        assertEquals("PM-26E", receipt.getSeries().getSeriesSymbol());
        assertEquals("Một trăm năm mươi nghìn đồng", receipt.getTotalWords());
        List<Ledger.Entry> ledger = queries.ledger(paid.getOrder().getId());
        assertEquals(4, ledger.size());
        assertEquals(
                ledger.stream().mapToLong(Ledger.Entry::debit).sum(),
                ledger.stream().mapToLong(Ledger.Entry::credit).sum());
        assertTrue(facts.after("procedures", 0, 100).stream()
                .anyMatch(f -> f.kind() == PaymentFacts.Kind.PAID
                        && f.reference().code().equals("PM.SXD-261202-0001")
                        && f.amount() == 150_000));

        // sealed after the commit (at once on another thread, or by the job): wait, then verify
        byte[] pdf = null;
        for (int i = 0; i < 100 && pdf == null; i++) {
            sealing.sealPending(5);
            pdf = queries.receipts(paid.getOrder().getId()).get(0).getPdf();
            if (pdf == null) {
                Thread.sleep(200);
            }
        }
        assertNotNull(pdf, "the receipt was sealed");
        var report = verification.verify(pdf);
        assertTrue(report.valid(), report.toString());
        assertEquals("Sở Xây dựng Thanh Toán", report.signatures().get(0).signer());
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("BIÊN LAI THU PHÍ, LỆ PHÍ"), text);
            assertTrue(text.contains("Một trăm năm mươi nghìn đồng"), text);
            assertTrue(text.contains("Lệ phí cấp giấy phép xây dựng"), text);
            assertTrue(text.contains(receipt.getLookupCode()), text);
            assertTrue(text.contains("PM-26E"), text);
        }

        // the gateway sends the same IPN again (a replay, or its retry after a crash): nothing changes
        HttpResponse<String> replay = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.url() + "sandbox/ipn/resend?txnRef=" + paid.getTxnRef()))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(replay.body().contains("02"), replay.body());
        assertEquals(1, queries.receipts(paid.getOrder().getId()).size());
        assertEquals(4, queries.ledger(paid.getOrder().getId()).size());
        assertEquals(
                1,
                facts.after("procedures", 0, 100).stream()
                        .filter(f -> f.orderCode().equals(order.code()))
                        .count());
        assertTrue(figures.of(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
                .anyMatch(f -> f.agencyId() == agencyId && f.paidOnline() >= 1 && f.collected() >= 150_000));
        assertTrue(ordersBehind(PaymentFigures.Figure.PAID_ONLINE).stream()
                .anyMatch(o -> o.code().equals(order.code())
                        && o.paidAt() != null
                        && o.path().equals("/office/payments/order.xhtml?code=" + order.code())));
        assertTrue(ordersBehind(PaymentFigures.Figure.PAID_AT_COUNTER).stream()
                .noneMatch(o -> o.code().equals(order.code())));
    }

    /** The agency's orders of yesterday to tomorrow behind a figure. */
    private List<PaymentFigures.OrderRef> ordersBehind(PaymentFigures.Figure figure) {
        LocalDate today = LocalDate.now();
        return figures.behind(agencyId, today.minusDays(1), today.plusDays(1), figure, 0, 500);
    }

    @Test
    @Order(2)
    void forgedIpnsChangeNothingAndAreAudited() throws Exception {
        ready();
        FeeOrders.FeeOrderView order = order("PM.SXD-261202-0002", 50_000);
        OnlinePayments.Started started =
                online.start(order.code(), "key-2", OnlinePayments.bodyHash(order.code(), "vi"), "vi");
        // a genuine payment whose IPN never arrives: its parameters are then forged in three ways
        String back = pay(started.redirectUrl(), "success_no_ipn");
        Map<String, String> genuine = query(back);

        Map<String, String> badHash = new LinkedHashMap<>(genuine);
        badHash.put("vnp_Amount", "100");
        assertEquals("97", ipn(badHash).get("RspCode"));

        Map<String, String> wrongAmount = new LinkedHashMap<>(genuine);
        wrongAmount.put("vnp_Amount", VnpayProtocol.wireAmount(1_000));
        wrongAmount.remove("vnp_SecureHash");
        wrongAmount.put("vnp_SecureHash", VnpayProtocol.sign(wrongAmount, SECRET));
        assertEquals("04", ipn(wrongAmount).get("RspCode"));

        Map<String, String> unknown = new LinkedHashMap<>(genuine);
        unknown.put("vnp_TxnRef", "TT-NOSUCHORDER-1");
        unknown.remove("vnp_SecureHash");
        unknown.put("vnp_SecureHash", VnpayProtocol.sign(unknown, SECRET));
        assertEquals("01", ipn(unknown).get("RspCode"));

        PaymentAttempt untouched =
                online.byTxnRef(started.attempt().getTxnRef(), false).orElseThrow();
        assertFalse(untouched.isFinished());
        assertEquals(
                FeeOrders.OrderStatus.UNPAID,
                orders.find(order.code()).orElseThrow().status());
        var refused = audit.latest(30).stream()
                .filter(e -> e.getAction().equals("payments.ipnRefused"))
                .map(e -> e.getDetail())
                .toList();
        assertTrue(refused.stream().anyMatch(d -> d.startsWith("97")), refused.toString());
        assertTrue(refused.stream().anyMatch(d -> d.startsWith("04")), refused.toString());
        assertTrue(refused.stream().anyMatch(d -> d.startsWith("01")), refused.toString());

        // the genuine notification, once it comes, is confirmed; the same again answers 02
        assertEquals("00", ipn(genuine).get("RspCode"));
        assertEquals("02", ipn(genuine).get("RspCode"));
        assertEquals(1, queries.receipts(untouched.getOrder().getId()).size());
    }

    @Test
    @Order(3)
    void aFailedPaymentThenASuccessfulRetryAndTheIdempotencyKey() throws Exception {
        ready();
        FeeOrders.FeeOrderView order = order("PM.SXD-261202-0003", 8_000);
        String hash = OnlinePayments.bodyHash(order.code(), "vi");
        OnlinePayments.Started first = online.start(order.code(), "key-3", hash, "vi");
        OnlinePayments.Started again = online.start(order.code(), "key-3", hash, "vi");
        assertTrue(again.replayed());
        assertEquals(first.attempt().getTxnRef(), again.attempt().getTxnRef());
        assertEquals(first.redirectUrl(), again.redirectUrl());
        Refusal other = assertThrows(
                Refusal.class,
                () -> online.start(order.code(), "key-3", OnlinePayments.bodyHash(order.code(), "en"), "en"));
        assertEquals(409, other.status());

        pay(first.redirectUrl(), "insufficient_funds");
        PaymentAttempt failed = finished(first.attempt().getTxnRef());
        assertEquals(PaymentState.FAILED, failed.getState());
        assertEquals(FailureCode.P0010, failed.getFailureCode());
        assertEquals(
                FeeOrders.OrderStatus.UNPAID,
                orders.find(order.code()).orElseThrow().status());

        OnlinePayments.Started retry = online.start(order.code(), "key-4", hash, "vi");
        assertFalse(retry.replayed());
        pay(retry.redirectUrl(), "success");
        assertEquals(PaymentState.SUCCESS, finished(retry.attempt().getTxnRef()).getState());
        assertEquals(
                FeeOrders.OrderStatus.PAID,
                orders.find(order.code()).orElseThrow().status());
        Refusal paid = assertThrows(Refusal.class, () -> online.start(order.code(), "key-5", hash, "vi"));
        assertEquals(409, paid.status());
    }

    @Test
    @Order(9)
    void anAttemptWhoseIpnNeverCameIsSettledByTheQueryApiAfterItExpires() throws Exception {
        ready();
        FeeOrders.FeeOrderView order = order("PM.SXD-261202-0004", 20_000);
        OnlinePayments.Started started =
                online.start(order.code(), "key-6", OnlinePayments.bodyHash(order.code(), "vi"), "vi");
        pay(started.redirectUrl(), "success_no_ipn");
        FeeOrders.FeeOrderView abandoned = order("PM.SXD-261202-0005", 20_000);
        OnlinePayments.Started never =
                online.start(abandoned.code(), "key-7", OnlinePayments.bodyHash(abandoned.code(), "vi"), "vi");
        assertEquals(0, online.settleExpired(50), "nothing is asked about before it expires");
        // the two attempts' time runs out (their expiry moved back, not the platform's clock, which
        // the signing CA's own timed work would follow into the future)
        transaction.begin();
        payments.createNativeQuery("update payments.attempt set expires_at = now() - interval '1 minute'"
                        + " where txn_ref in (?1, ?2)")
                .setParameter(1, started.attempt().getTxnRef())
                .setParameter(2, never.attempt().getTxnRef())
                .executeUpdate();
        transaction.commit();
        online.settleExpired(50);
        assertEquals(
                PaymentState.SUCCESS,
                online.byTxnRef(started.attempt().getTxnRef(), false)
                        .orElseThrow()
                        .getState());
        assertEquals(
                FeeOrders.OrderStatus.PAID,
                orders.find(order.code()).orElseThrow().status());
        PaymentAttempt expired =
                online.byTxnRef(never.attempt().getTxnRef(), false).orElseThrow();
        assertEquals(PaymentState.EXPIRED, expired.getState());
        assertEquals(FailureCode.P0020, expired.getFailureCode());
    }

    @Test
    @Order(10)
    void theDaysSettlementFileIsReconciledOnceAndWhatDoesNotMatchIsListed() throws Exception {
        ready();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        // the gateway settles a transaction the platform never saw
        HttpResponse<String> extra = http.send(
                HttpRequest.newBuilder(URI.create(sandbox.url() + "sandbox/settlement/extra"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "transaction_no=99999999&txn_ref=TT-NGOAIHETHONG-1&amount=12000&date=" + today))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, extra.statusCode(), extra.body());
        vn.egov.payments.Reconciliation.DayResult day = reconciliation.nightly(today);
        assertTrue(day.matched() >= 4, day.toString());
        assertEquals(1, day.mismatched(), day.toString());
        var mismatch = reconciliation.mismatches(true, 10).stream()
                .filter(m -> m.transactionNo().equals("99999999"))
                .findFirst()
                .orElseThrow();
        assertEquals("UNKNOWN_HERE", mismatch.kind());
        assertEquals(12_000L, mismatch.amountSettled());
        Refusal again = assertThrows(Refusal.class, () -> reconciliation.nightly(today));
        assertEquals(409, again.status(), "a day is reconciled once");
        Refusal anonymous = assertThrows(Refusal.class, () -> reconciliation.resolve(mismatch.id(), "Đã liên hệ cổng"));
        assertEquals(403, anonymous.status(), "only the finance office resolves");
        assertEquals(
                403,
                assertThrows(Refusal.class, () -> reconciliation.fetchAndReconcile(today.minusDays(1)))
                        .status(),
                "nor reconciles by hand");
        Refusal badFile = assertThrows(
                Refusal.class,
                () -> reconciliation.reconcile(today.minusDays(400), "transaction_no,txn_ref\nx", "UPLOAD"));
        assertEquals(403, badFile.status(), "an upload is the finance office's too");
    }
}
