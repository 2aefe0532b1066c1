package vn.egov.sandbox.vnpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxGatewayTest {
    static final String TMN = "EGOVTEST";
    static final String SECRET = "SANDBOXSECRET0123456789ABCDEF";
    /** 2025-03-10 10:00:00 in Vietnam. */
    static final Instant NOW = Instant.parse("2025-03-10T03:00:00Z");

    static final String CREATE_DATE = "20250310095500";
    static final String RETURN_URL = "https://dvc.example.vn/thanh-toan/ket-qua?lang=vi";
    static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");

    @TempDir
    Path settlementDir;

    final VnpaySigner signer = new VnpaySigner(SECRET);
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    FakeIpnReceiver receiver;
    SandboxGateway gateway;
    int requestCounter;

    @BeforeEach
    void start() throws IOException {
        receiver = new FakeIpnReceiver();
        gateway = SandboxGateway.start(new SandboxGateway.Config(
                0,
                TMN,
                SECRET,
                receiver.url(),
                settlementDir,
                List.of(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(50)),
                Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void stop() {
        gateway.close();
        receiver.close();
    }

    // ------------------------------------------------------------ payment page

    @Test
    void listensOnLoopbackAndAnswersHealth() throws Exception {
        assertTrue(gateway.url().matches("http://127\\.0\\.0\\.1:\\d+/"));
        assertEquals(gateway.url() + "paymentv2/vpcpay.html", gateway.paymentUrl());
        assertEquals(gateway.url() + "merchant_webapi/api/transaction", gateway.apiUrl());
        HttpResponse<String> r = get(gateway.url() + "health");
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.body());
    }

    @Test
    void correctlySignedPayUrlShowsThePage() throws Exception {
        Map<String, String> p = payParams("HS-PAGE-1", 150_000);
        p.put("vnp_OrderInfo", "Lệ phí <b>hồ sơ</b> & \"bản sao\"");
        HttpResponse<String> r = get(signedPayUrl(p));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("charset=UTF-8"));
        String page = r.body();
        assertTrue(page.contains("<html lang=\"vi\">"));
        assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertEquals(1, count(page, "<h1>"));
        assertTrue(page.contains("<h1>Cổng thanh toán thử nghiệm (sandbox)</h1>"));
        assertTrue(page.contains("không có tiền thật"));
        assertTrue(page.contains("150.000 ₫"));
        assertTrue(page.contains(TMN));
        assertTrue(page.contains("HS-PAGE-1"));
        assertTrue(page.contains("Lệ phí &lt;b&gt;hồ sơ&lt;/b&gt; &amp; &quot;bản sao&quot;"));
        assertFalse(page.contains("<b>hồ sơ</b>"));
        assertTrue(page.contains("<form method=\"post\" action=\"/paymentv2/choose\">"));
        for (String outcome : List.of("success", "insufficient_funds", "cancel", "timeout", "success_no_ipn")) {
            assertTrue(
                    page.contains("<button type=\"submit\" name=\"outcome\" value=\"" + outcome + "\" id=\"" + outcome
                            + "\">"),
                    outcome);
        }
        assertTrue(page.contains("Không đủ số dư (mã 51)"));
        Matcher m = TOKEN.matcher(page);
        assertTrue(m.find());
        assertEquals(22, m.group(1).length(), "128 bits, URL-safe base64 without padding");
        assertTrue(gateway.transaction("HS-PAGE-1").orElseThrow().pending());
    }

    @Test
    void tamperedAmountIsRefusedWith97() throws Exception {
        Map<String, String> p = payParams("HS-TAMPER", 150_000);
        String url = signedPayUrl(p).replace("vnp_Amount=15000000", "vnp_Amount=100");
        assertTrue(url.contains("vnp_Amount=100&"));
        HttpResponse<String> r = get(url);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Sai chữ ký (mã 97)"));
        assertTrue(gateway.transaction("HS-TAMPER").isEmpty());
    }

    @Test
    void missingFieldIsNamedWith03() throws Exception {
        Map<String, String> p = payParams("HS-MISSING", 150_000);
        p.remove("vnp_IpAddr");
        HttpResponse<String> r = get(signedPayUrl(p));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("vnp_IpAddr"));
        assertTrue(r.body().contains("mã 03"));

        Map<String, String> odd = payParams("HS-ODD", 150_000);
        odd.put("vnp_Amount", "15000050");
        HttpResponse<String> r2 = get(signedPayUrl(odd));
        assertEquals(400, r2.statusCode());
        assertTrue(r2.body().contains("vnp_Amount"));
    }

    @Test
    void expiredPaymentIsRefusedWith11() throws Exception {
        Map<String, String> p = payParams("HS-EXPIRED", 150_000);
        p.put("vnp_ExpireDate", "20250310095959");
        HttpResponse<String> r = get(signedPayUrl(p));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Giao dịch đã quá thời gian chờ thanh toán (mã 11)"));
    }

    // ------------------------------------------------------------ the payer's choice and IPN

    @Test
    void successRedirectsWithAVerifiableHashAndSendsTheSameParamsByIpn() throws Exception {
        String token = openPage("HS-OK-1", 150_000);
        HttpResponse<String> r = choose(token, "success");
        assertEquals(302, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(RETURN_URL + "&"), location);
        Map<String, String> back =
                SandboxGateway.parseQuery(URI.create(location).getRawQuery());
        assertEquals("vi", back.get("lang"));
        back.remove("lang");
        assertTrue(VnpaySigner.hashEquals(signer.redirectHash(back), back.get("vnp_SecureHash")));
        assertEquals("15000000", back.get("vnp_Amount"));
        assertEquals("00", back.get("vnp_ResponseCode"));
        assertEquals("00", back.get("vnp_TransactionStatus"));
        assertEquals("14000001", back.get("vnp_TransactionNo"));
        assertEquals("VNP14000001", back.get("vnp_BankTranNo"));
        assertEquals("NCB", back.get("vnp_BankCode"));
        assertEquals("ATM", back.get("vnp_CardType"));
        assertEquals("20250310100000", back.get("vnp_PayDate"));
        assertEquals(TMN, back.get("vnp_TmnCode"));
        assertEquals("HS-OK-1", back.get("vnp_TxnRef"));

        Map<String, String> ipn = receiver.awaitCalls(1, Duration.ofSeconds(5)).get(0);
        assertEquals(back, ipn);
        awaitDeliveries(1);
        IpnDelivery d = gateway.ipnDeliveries().get(0);
        assertEquals("HS-OK-1", d.txnRef());
        assertEquals(1, d.attempt());
        assertEquals(200, d.httpStatus());
        assertTrue(d.responseBody().contains("Confirm Success"));

        Transaction t = gateway.transaction("HS-OK-1").orElseThrow();
        assertTrue(t.succeeded());
        assertEquals(150_000, t.amount());

        // the token is single-use, and a completed txnRef cannot be paid again
        assertEquals(400, choose(token, "success").statusCode());
        HttpResponse<String> again = get(signedPayUrl(payParams("HS-OK-1", 150_000)));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("Giao dịch đã tồn tại (mã 94)"));
    }

    @Test
    void ipnIsRetriedUntilThePlatformConfirms() throws Exception {
        receiver.answerNext(new FakeIpnReceiver.Answer(500, "oops"));
        assertEquals(302, choose(openPage("HS-RETRY", 20_000), "success").statusCode());
        List<Map<String, String>> calls = receiver.awaitCalls(2, Duration.ofSeconds(5));
        assertEquals(calls.get(0), calls.get(1));
        awaitDeliveries(2);
        Thread.sleep(200); // no third call once confirmed
        List<IpnDelivery> ds = gateway.ipnDeliveries();
        assertEquals(2, ds.size());
        assertEquals(1, ds.get(0).attempt());
        assertEquals(500, ds.get(0).httpStatus());
        assertEquals(2, ds.get(1).attempt());
        assertEquals(200, ds.get(1).httpStatus());
        assertEquals(
                "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}",
                ds.get(1).responseBody());
    }

    @Test
    void ipnGivesUpAfterTheLastRetry() throws Exception {
        receiver.answerAlways(new FakeIpnReceiver.Answer(200, "{\"RspCode\":\"99\",\"Message\":\"Unknown error\"}"));
        choose(openPage("HS-GIVEUP", 20_000), "success");
        receiver.awaitCalls(4, Duration.ofSeconds(5));
        Thread.sleep(300);
        assertEquals(4, receiver.calls().size(), "first call and three retries");
        assertEquals(4, gateway.ipnDeliveries().size());
    }

    @Test
    void resendReplaysTheIpn() throws Exception {
        choose(openPage("HS-REPLAY", 20_000), "success_no_ipn");
        Thread.sleep(100);
        assertEquals(0, receiver.calls().size(), "success_no_ipn sends no IPN");
        receiver.answerNext(
                new FakeIpnReceiver.Answer(200, "{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}"));
        HttpResponse<String> r = post(gateway.url() + "sandbox/ipn/resend?txnRef=HS-REPLAY", "");
        assertEquals(200, r.statusCode());
        Map<String, Object> a = JsonCodec.parseObject(r.body());
        assertEquals(Boolean.TRUE, a.get("sent"));
        assertEquals("{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}", a.get("answer"));
        assertEquals(1, receiver.calls().size());
        assertEquals("HS-REPLAY", receiver.calls().get(0).get("vnp_TxnRef"));
        assertTrue(gateway.ipnDeliveries().get(0).replay());
        assertEquals(
                404, post(gateway.url() + "sandbox/ipn/resend?txnRef=NOPE", "").statusCode());
    }

    @Test
    void insufficientFundsAnswers51And02() throws Exception {
        HttpResponse<String> r = choose(openPage("HS-POOR", 150_000), "insufficient_funds");
        assertEquals(302, r.statusCode());
        Map<String, String> back = SandboxGateway.parseQuery(
                URI.create(r.headers().firstValue("Location").orElseThrow()).getRawQuery());
        assertEquals("51", back.get("vnp_ResponseCode"));
        assertEquals("02", back.get("vnp_TransactionStatus"));
        assertNull(back.get("vnp_BankTranNo"));
        back.remove("lang");
        assertTrue(VnpaySigner.hashEquals(signer.redirectHash(back), back.get("vnp_SecureHash")));
        assertEquals("51", receiver.awaitCalls(1, Duration.ofSeconds(5)).get(0).get("vnp_ResponseCode"));
        assertFalse(gateway.transaction("HS-POOR").orElseThrow().succeeded());
    }

    // ------------------------------------------------------------ API

    @Test
    void querydrAnswersWithAVerifiableHash() throws Exception {
        openPage("HS-Q", 150_000);
        Map<String, String> pending = api(queryRequest("HS-Q"));
        assertEquals("00", pending.get("vnp_ResponseCode"));
        assertEquals("01", pending.get("vnp_TransactionStatus"));
        assertEquals("", pending.get("vnp_TransactionNo"));
        assertResponseHash(pending, SandboxGateway.QUERY_RESPONSE_HASH);

        choose(tokenOf("HS-Q"), "success_no_ipn");
        Map<String, String> a = api(queryRequest("HS-Q"));
        assertEquals("querydr", a.get("vnp_Command"));
        assertEquals("00", a.get("vnp_ResponseCode"));
        assertEquals("00", a.get("vnp_TransactionStatus"));
        assertEquals("01", a.get("vnp_TransactionType"));
        assertEquals("15000000", a.get("vnp_Amount"));
        assertEquals("14000001", a.get("vnp_TransactionNo"));
        assertEquals("20250310100000", a.get("vnp_PayDate"));
        assertEquals("NCB", a.get("vnp_BankCode"));
        assertEquals("HS-Q", a.get("vnp_TxnRef"));
        assertEquals("", a.get("vnp_PromotionCode"));
        assertFalse(a.get("vnp_ResponseId").isEmpty());
        assertResponseHash(a, SandboxGateway.QUERY_RESPONSE_HASH);

        assertEquals("91", api(queryRequest("HS-UNKNOWN")).get("vnp_ResponseCode"));
    }

    @Test
    void apiRefusesBadHashMalformedJsonAndForeignMerchant() throws Exception {
        Map<String, String> req = queryRequest("HS-X");
        req.put("vnp_SecureHash", "00" + req.get("vnp_SecureHash").substring(2));
        Map<String, String> a = api(req);
        assertEquals("97", a.get("vnp_ResponseCode"));
        assertResponseHash(a, SandboxGateway.QUERY_RESPONSE_HASH);

        HttpResponse<String> r = post(gateway.apiUrl(), "{not json");
        assertEquals("03", JsonCodec.parseObject(r.body()).get("vnp_ResponseCode"));

        Map<String, String> missing = queryRequest("HS-X");
        missing.remove("vnp_IpAddr");
        assertEquals("03", api(missing).get("vnp_ResponseCode"));

        Map<String, String> foreign = queryRequest("HS-X");
        foreign.put("vnp_TmnCode", "OTHER001");
        sign(foreign, SandboxGateway.QUERY_REQUEST_HASH);
        assertEquals("02", api(foreign).get("vnp_ResponseCode"));
    }

    @Test
    void repeatedRequestIdIsRefusedWith94() throws Exception {
        choose(openPage("HS-DUP", 10_000), "success_no_ipn");
        Map<String, String> req = queryRequest("HS-DUP");
        assertEquals("00", api(req).get("vnp_ResponseCode"));
        Map<String, String> again = api(req);
        assertEquals("94", again.get("vnp_ResponseCode"));
        assertResponseHash(again, SandboxGateway.QUERY_RESPONSE_HASH);
    }

    @Test
    void partialRefundThenOverRefundIsRefusedWith95() throws Exception {
        choose(openPage("HS-R", 150_000), "success_no_ipn");
        Map<String, String> first = api(refundRequest("HS-R", "03", 50_000));
        assertEquals("00", first.get("vnp_ResponseCode"), first.toString());
        assertEquals("05", first.get("vnp_TransactionStatus"));
        assertEquals("03", first.get("vnp_TransactionType"));
        assertEquals("5000000", first.get("vnp_Amount"));
        assertEquals("14000002", first.get("vnp_TransactionNo"));
        assertResponseHash(first, SandboxGateway.REFUND_RESPONSE_HASH);
        assertEquals(50_000, gateway.transaction("HS-R").orElseThrow().refundedAmount());

        Map<String, String> over = api(refundRequest("HS-R", "03", 100_001));
        assertEquals("95", over.get("vnp_ResponseCode"));
        assertResponseHash(over, SandboxGateway.REFUND_RESPONSE_HASH);
        assertEquals("95", api(refundRequest("HS-R", "02", 150_000)).get("vnp_ResponseCode"));
        assertEquals("03", api(refundRequest("HS-R", "03", 0)).get("vnp_ResponseCode"));

        Map<String, String> rest = api(refundRequest("HS-R", "02", 100_000));
        assertEquals("00", rest.get("vnp_ResponseCode"));
        assertEquals(150_000, gateway.transaction("HS-R").orElseThrow().refundedAmount());
        assertEquals(2, gateway.transaction("HS-R").orElseThrow().refunds().size());
    }

    @Test
    void refundOfAFailedPaymentIsRefusedWith95() throws Exception {
        choose(openPage("HS-RF", 150_000), "cancel");
        assertEquals("95", api(refundRequest("HS-RF", "02", 150_000)).get("vnp_ResponseCode"));
    }

    // ------------------------------------------------------------ settlement

    @Test
    void settlementCsvListsPaymentsAndRefunds() throws Exception {
        choose(openPage("HS-S1", 150_000), "success_no_ipn");
        choose(openPage("HS-S2", 20_000), "insufficient_funds");
        assertEquals("00", api(refundRequest("HS-S1", "03", 30_000)).get("vnp_ResponseCode"));

        String date = "2025-03-10";
        HttpResponse<String> r = get(gateway.url() + "merchant_webapi/settlement?date=" + date + "&vnp_TmnCode=" + TMN
                + "&vnp_SecureHash=" + signer.hmac(TMN + "|" + date));
        assertEquals(200, r.statusCode());
        assertEquals(
                "text/csv; charset=UTF-8",
                r.headers().firstValue("Content-Type").orElseThrow());
        String expected = "transaction_no,txn_ref,kind,amount,pay_date,bank_code\n"
                + "14000001,HS-S1,payment,150000,20250310100000,NCB\n"
                + "14000003,HS-S1,refund,30000,20250310100000,NCB\n";
        assertEquals(expected, r.body());
        assertEquals(expected, gateway.settlementCsv(DAY));
        assertEquals(
                expected, Files.readString(settlementDir.resolve("settlement-2025-03-10.csv"), StandardCharsets.UTF_8));
        assertEquals("transaction_no,txn_ref,kind,amount,pay_date,bank_code\n", gateway.settlementCsv(DAY.plusDays(1)));

        HttpResponse<String> bad = get(gateway.url() + "merchant_webapi/settlement?date=" + date + "&vnp_TmnCode=" + TMN
                + "&vnp_SecureHash=" + signer.hmac(TMN + "|2025-03-11"));
        assertEquals(403, bad.statusCode());

        HttpResponse<String> extra = post(
                gateway.url() + "sandbox/settlement/extra",
                "transaction_no=14999999&txn_ref=HS-GHOST&amount=70000&date=2025-03-10");
        assertEquals(200, extra.statusCode());
        assertTrue(gateway.settlementCsv(DAY).endsWith("14999999,HS-GHOST,payment,70000,20250310120000,NCB\n"));
        assertNotEquals(expected, gateway.settlementCsv(DAY));
        assertEquals("transaction_no,txn_ref,kind,amount,pay_date,bank_code\n", gateway.settlementCsv(DAY.plusDays(1)));
    }

    // ------------------------------------------------------------ helpers

    private Map<String, String> payParams(String txnRef, long amountVnd) {
        Map<String, String> p = new TreeMap<>();
        p.put("vnp_Version", "2.1.0");
        p.put("vnp_Command", "pay");
        p.put("vnp_TmnCode", TMN);
        p.put("vnp_Amount", Long.toString(amountVnd * 100));
        p.put("vnp_CurrCode", "VND");
        p.put("vnp_TxnRef", txnRef);
        p.put("vnp_OrderInfo", "Thanh toan le phi ho so " + txnRef);
        p.put("vnp_OrderType", "other");
        p.put("vnp_Locale", "vn");
        p.put("vnp_ReturnUrl", RETURN_URL);
        p.put("vnp_IpAddr", "127.0.0.1");
        p.put("vnp_CreateDate", CREATE_DATE);
        p.put("vnp_ExpireDate", "20250310101500");
        return p;
    }

    private String signedPayUrl(Map<String, String> p) {
        return gateway.paymentUrl() + "?" + VnpaySigner.encodeQuery(new TreeMap<>(p)) + "&vnp_SecureHash="
                + signer.redirectHash(p);
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();

    private String openPage(String txnRef, long amountVnd) throws Exception {
        HttpResponse<String> r = get(signedPayUrl(payParams(txnRef, amountVnd)));
        assertEquals(200, r.statusCode(), r.body());
        Matcher m = TOKEN.matcher(r.body());
        assertTrue(m.find());
        tokens.put(txnRef, m.group(1));
        return m.group(1);
    }

    private String tokenOf(String txnRef) {
        return tokens.get(txnRef);
    }

    private HttpResponse<String> choose(String token, String outcome) throws Exception {
        return post(gateway.url() + "paymentv2/choose", "token=" + token + "&outcome=" + outcome);
    }

    private Map<String, String> queryRequest(String txnRef) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("vnp_RequestId", "REQ" + (++requestCounter) + "-" + System.nanoTime());
        r.put("vnp_Version", "2.1.0");
        r.put("vnp_Command", "querydr");
        r.put("vnp_TmnCode", TMN);
        r.put("vnp_TxnRef", txnRef);
        r.put("vnp_OrderInfo", "Truy van giao dich " + txnRef);
        r.put("vnp_TransactionDate", CREATE_DATE);
        r.put("vnp_CreateDate", "20250310100500");
        r.put("vnp_IpAddr", "127.0.0.1");
        sign(r, SandboxGateway.QUERY_REQUEST_HASH);
        return r;
    }

    private Map<String, String> refundRequest(String txnRef, String type, long amountVnd) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("vnp_RequestId", "REQ" + (++requestCounter) + "-" + System.nanoTime());
        r.put("vnp_Version", "2.1.0");
        r.put("vnp_Command", "refund");
        r.put("vnp_TmnCode", TMN);
        r.put("vnp_TransactionType", type);
        r.put("vnp_TxnRef", txnRef);
        r.put("vnp_Amount", Long.toString(amountVnd * 100));
        r.put("vnp_TransactionNo", "");
        r.put("vnp_TransactionDate", CREATE_DATE);
        r.put("vnp_CreateBy", "can-bo-ke-toan");
        r.put("vnp_CreateDate", "20250310100500");
        r.put("vnp_IpAddr", "127.0.0.1");
        r.put("vnp_OrderInfo", "Hoan tien " + txnRef);
        sign(r, SandboxGateway.REFUND_REQUEST_HASH);
        return r;
    }

    private void sign(Map<String, String> request, List<String> fields) {
        request.remove("vnp_SecureHash");
        request.put("vnp_SecureHash", signer.pipeHash(request, fields));
    }

    private void assertResponseHash(Map<String, String> answer, List<String> fields) {
        assertTrue(
                VnpaySigner.hashEquals(signer.pipeHash(answer, fields), answer.get("vnp_SecureHash")),
                "answer hash verifies: " + answer);
    }

    private Map<String, String> api(Map<String, String> request) throws Exception {
        HttpResponse<String> r = post(gateway.apiUrl(), JsonCodec.write(request), "application/json");
        assertEquals(200, r.statusCode());
        Map<String, String> out = new LinkedHashMap<>();
        JsonCodec.parseObject(r.body()).forEach((k, v) -> out.put(k, (String) v));
        return out;
    }

    private void awaitDeliveries(int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gateway.ipnDeliveries().size() < n && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(gateway.ipnDeliveries().size() >= n, "deliveries recorded: " + gateway.ipnDeliveries());
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return post(url, body, "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> post(String url, String body, String type) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
