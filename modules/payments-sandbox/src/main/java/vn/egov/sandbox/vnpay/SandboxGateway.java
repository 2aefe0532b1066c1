package vn.egov.sandbox.vnpay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A stand-in for the VNPay payment gateway (protocol v2.1.0): the payment page, the return redirect, the IPN
 * calls to the merchant, the query and refund API and a daily settlement file. It listens on 127.0.0.1 only and
 * keeps everything in memory; no real money moves.
 */
public final class SandboxGateway implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SandboxGateway.class.getName());

    /** Vietnam's offset, in which every VNPay date is written. */
    public static final ZoneOffset VN = ZoneOffset.ofHours(7);

    static final DateTimeFormatter VNP_DATE =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    static final String PAY_PATH = "/paymentv2/vpcpay.html";
    static final String CHOOSE_PATH = "/paymentv2/choose";
    static final String API_PATH = "/merchant_webapi/api/transaction";
    static final String SETTLEMENT_PATH = "/merchant_webapi/settlement";
    static final String RESEND_PATH = "/sandbox/ipn/resend";
    static final String EXTRA_PATH = "/sandbox/settlement/extra";
    static final String HEALTH_PATH = "/health";

    /** Request fields of querydr, in hash order. */
    public static final List<String> QUERY_REQUEST_HASH = List.of(
            "vnp_RequestId",
            "vnp_Version",
            "vnp_Command",
            "vnp_TmnCode",
            "vnp_TxnRef",
            "vnp_TransactionDate",
            "vnp_CreateDate",
            "vnp_IpAddr",
            "vnp_OrderInfo");
    /** Answer fields of querydr, in hash order. */
    public static final List<String> QUERY_RESPONSE_HASH = List.of(
            "vnp_ResponseId",
            "vnp_Command",
            "vnp_ResponseCode",
            "vnp_Message",
            "vnp_TmnCode",
            "vnp_TxnRef",
            "vnp_Amount",
            "vnp_BankCode",
            "vnp_PayDate",
            "vnp_TransactionNo",
            "vnp_TransactionType",
            "vnp_TransactionStatus",
            "vnp_OrderInfo",
            "vnp_PromotionCode",
            "vnp_PromotionAmount");
    /** Request fields of refund, in hash order. */
    public static final List<String> REFUND_REQUEST_HASH = List.of(
            "vnp_RequestId",
            "vnp_Version",
            "vnp_Command",
            "vnp_TmnCode",
            "vnp_TransactionType",
            "vnp_TxnRef",
            "vnp_Amount",
            "vnp_TransactionNo",
            "vnp_TransactionDate",
            "vnp_CreateBy",
            "vnp_CreateDate",
            "vnp_IpAddr",
            "vnp_OrderInfo");
    /** Answer fields of refund, in hash order. */
    public static final List<String> REFUND_RESPONSE_HASH = List.of(
            "vnp_ResponseId",
            "vnp_Command",
            "vnp_ResponseCode",
            "vnp_Message",
            "vnp_TmnCode",
            "vnp_TxnRef",
            "vnp_Amount",
            "vnp_BankCode",
            "vnp_PayDate",
            "vnp_TransactionNo",
            "vnp_TransactionType",
            "vnp_TransactionStatus",
            "vnp_OrderInfo");

    /** The choices offered on the payment page, in order, with their button labels. */
    static final Map<String, String> OUTCOMES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("success", "Thanh toán thành công");
        m.put("insufficient_funds", "Không đủ số dư (mã 51)");
        m.put("cancel", "Hủy giao dịch (mã 24)");
        m.put("timeout", "Hết thời gian (mã 11)");
        m.put("success_no_ipn", "Thành công nhưng không gửi IPN (để thử truy vấn)");
        OUTCOMES = java.util.Collections.unmodifiableMap(m);
    }

    private static final int MAX_BODY = 64 * 1024;

    /**
     * How the gateway runs.
     *
     * @param port 0 for any free port
     * @param ipnUrl the platform's IPN endpoint; {@code null} sends no IPN
     * @param settlementDir where settlement files are also written; may be {@code null}
     * @param ipnRetryDelays the waits before each retry of a failed IPN
     */
    public record Config(
            int port,
            String tmnCode,
            String hashSecret,
            String ipnUrl,
            Path settlementDir,
            List<Duration> ipnRetryDelays,
            Clock clock) {
        public Config {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (tmnCode == null || tmnCode.isBlank()) {
                throw new IllegalArgumentException("tmnCode is required");
            }
            if (hashSecret == null || hashSecret.isEmpty()) {
                throw new IllegalArgumentException("hashSecret is required");
            }
            ipnRetryDelays = ipnRetryDelays == null ? defaultRetryDelays() : List.copyOf(ipnRetryDelays);
            clock = clock == null ? Clock.systemUTC() : clock;
        }

        /** Retry delays 1, 2, 4, 8 and 16 s; the system clock; no settlement directory. */
        public static Config of(int port, String tmnCode, String hashSecret, String ipnUrl) {
            return new Config(port, tmnCode, hashSecret, ipnUrl, null, defaultRetryDelays(), Clock.systemUTC());
        }

        private static List<Duration> defaultRetryDelays() {
            return List.of(
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(4),
                    Duration.ofSeconds(8),
                    Duration.ofSeconds(16));
        }

        @Override
        public String toString() {
            return "Config[port=" + port + ", tmnCode=" + tmnCode + ", hashSecret=***, ipnUrl=" + ipnUrl
                    + ", settlementDir=" + settlementDir + ", ipnRetryDelays=" + ipnRetryDelays + ", clock="
                    + clock + "]";
        }
    }

    private final Config config;
    private final VnpaySigner signer;
    private final HttpServer server;
    private final ExecutorService httpExecutor;
    private final ScheduledExecutorService ipnScheduler;
    private final HttpClient httpClient;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong transactionNumbers = new AtomicLong(14000001L);
    private final Map<String, Entry> transactions = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Set<String> requestIds = ConcurrentHashMap.newKeySet();
    private final List<IpnDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<LocalDate, List<String>> extraLines = new ConcurrentHashMap<>();
    private final String url;
    private volatile String ipnUrl;
    private volatile boolean closed;

    private SandboxGateway(Config config) throws IOException {
        this.config = config;
        this.signer = new VnpaySigner(config.hashSecret());
        this.ipnUrl = config.ipnUrl();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpServer.create(new InetSocketAddress(loopback, config.port()), 50);
        this.httpExecutor = Executors.newFixedThreadPool(4, daemonThreads("vnpay-sandbox-http"));
        this.ipnScheduler = Executors.newScheduledThreadPool(2, daemonThreads("vnpay-sandbox-ipn"));
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        server.setExecutor(httpExecutor);
        server.createContext("/", this::handle);
        server.start();
        this.url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Starts a gateway listening on 127.0.0.1. */
    public static SandboxGateway start(Config config) throws IOException {
        return new SandboxGateway(Objects.requireNonNull(config, "config"));
    }

    /** {@code http://127.0.0.1:<port>/} */
    public String url() {
        return url;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public Config config() {
        return config;
    }

    public String paymentUrl() {
        return url + "paymentv2/vpcpay.html";
    }

    public String apiUrl() {
        return url + "merchant_webapi/api/transaction";
    }

    public String settlementUrl() {
        return url + "merchant_webapi/settlement";
    }

    public void setIpnUrl(String ipnUrl) {
        this.ipnUrl = ipnUrl;
    }

    public String ipnUrl() {
        return ipnUrl;
    }

    /** Every IPN call made so far, in the order made. */
    public List<IpnDelivery> ipnDeliveries() {
        return List.copyOf(deliveries);
    }

    public Optional<Transaction> transaction(String txnRef) {
        Entry e = txnRef == null ? null : transactions.get(txnRef);
        return e == null ? Optional.empty() : Optional.of(e.snapshot());
    }

    /** The settlement file of one day (UTC+7); also written to the settlement directory when one is set. */
    public String settlementCsv(LocalDate day) {
        String csv = buildSettlement(day);
        writeSettlement(day, csv);
        return csv;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        ipnScheduler.shutdownNow();
        httpExecutor.shutdownNow();
    }

    // ---------------------------------------------------------------- dispatch

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            switch (path) {
                case PAY_PATH -> {
                    if (requireMethod(ex, method, "GET")) {
                        handlePay(ex);
                    }
                }
                case CHOOSE_PATH -> {
                    if (requireMethod(ex, method, "POST")) {
                        handleChoose(ex);
                    }
                }
                case API_PATH -> {
                    if (requireMethod(ex, method, "POST")) {
                        handleApi(ex);
                    }
                }
                case SETTLEMENT_PATH -> {
                    if (requireMethod(ex, method, "GET")) {
                        handleSettlement(ex);
                    }
                }
                case RESEND_PATH -> {
                    if (requireMethod(ex, method, "POST")) {
                        handleResend(ex);
                    }
                }
                case EXTRA_PATH -> {
                    if (requireMethod(ex, method, "POST")) {
                        handleExtra(ex);
                    }
                }
                case HEALTH_PATH -> {
                    if (requireMethod(ex, method, "GET")) {
                        send(ex, 200, "text/plain; charset=UTF-8", "ok");
                    }
                }
                default -> send(ex, 404, "text/plain; charset=UTF-8", "not found");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "sandbox gateway request failed", e);
            try {
                send(ex, 500, "text/plain; charset=UTF-8", "internal error");
            } catch (IOException | RuntimeException ignored) {
                // the answer may already have started
            }
        }
    }

    private static boolean requireMethod(HttpExchange ex, String method, String allowed) throws IOException {
        if (allowed.equals(method) || ("GET".equals(allowed) && "HEAD".equals(method))) {
            return true;
        }
        ex.getResponseHeaders().set("Allow", allowed);
        send(ex, 405, "text/plain; charset=UTF-8", "method not allowed");
        return false;
    }

    // ---------------------------------------------------------------- 1. payment page

    private void handlePay(HttpExchange ex) throws IOException {
        Map<String, String> p = parseQuery(ex.getRequestURI().getRawQuery());
        String given = p.get("vnp_SecureHash");
        if (given == null || given.isEmpty()) {
            errorPage(ex, 400, "Thiếu trường vnp_SecureHash (mã 03)");
            return;
        }
        if (!VnpaySigner.hashEquals(signer.redirectHash(p), given)) {
            errorPage(ex, 400, "Sai chữ ký (mã 97)");
            return;
        }
        String bad = invalidPayField(p);
        if (bad != null) {
            errorPage(ex, 400, "Trường " + bad + " thiếu hoặc không hợp lệ (mã 03)");
            return;
        }
        String expire = p.get("vnp_ExpireDate");
        if (expire != null && !expire.isEmpty()) {
            LocalDateTime expiry = LocalDateTime.parse(expire, VNP_DATE);
            if (expiry.isBefore(now())) {
                errorPage(ex, 400, "Giao dịch đã quá thời gian chờ thanh toán (mã 11)");
                return;
            }
        }
        String txnRef = p.get("vnp_TxnRef");
        String token = newToken();
        Entry fresh = new Entry(p, token);
        Entry stored = transactions.compute(txnRef, (k, old) -> old != null && !old.isPending() ? old : fresh);
        if (stored != fresh) {
            errorPage(ex, 400, "Giao dịch đã tồn tại (mã 94)");
            return;
        }
        tokens.put(token, txnRef);
        send(ex, 200, "text/html; charset=UTF-8", paymentPage(fresh));
    }

    /** The name of the first missing or invalid field, or null. */
    private String invalidPayField(Map<String, String> p) {
        if (!"2.1.0".equals(p.get("vnp_Version"))) {
            return "vnp_Version";
        }
        if (!"pay".equals(p.get("vnp_Command"))) {
            return "vnp_Command";
        }
        if (!config.tmnCode().equals(p.get("vnp_TmnCode"))) {
            return "vnp_TmnCode";
        }
        String amount = p.get("vnp_Amount");
        if (amount == null || !amount.matches("[0-9]{1,17}")) {
            return "vnp_Amount";
        }
        long a = Long.parseLong(amount);
        if (a <= 0 || a % 100 != 0) {
            return "vnp_Amount";
        }
        if (!"VND".equals(p.get("vnp_CurrCode"))) {
            return "vnp_CurrCode";
        }
        String txnRef = p.get("vnp_TxnRef");
        if (isEmpty(txnRef) || txnRef.length() > 100) {
            return "vnp_TxnRef";
        }
        for (String f : List.of("vnp_OrderInfo", "vnp_OrderType")) {
            if (isEmpty(p.get(f))) {
                return f;
            }
        }
        String locale = p.get("vnp_Locale");
        if (!"vn".equals(locale) && !"en".equals(locale)) {
            return "vnp_Locale";
        }
        if (!isHttpUrl(p.get("vnp_ReturnUrl"))) {
            return "vnp_ReturnUrl";
        }
        if (isEmpty(p.get("vnp_IpAddr"))) {
            return "vnp_IpAddr";
        }
        if (!isVnpDate(p.get("vnp_CreateDate"))) {
            return "vnp_CreateDate";
        }
        String expire = p.get("vnp_ExpireDate");
        if (!isEmpty(expire) && !isVnpDate(expire)) {
            return "vnp_ExpireDate";
        }
        String bank = p.get("vnp_BankCode");
        if (!isEmpty(bank) && !bank.matches("[A-Za-z0-9_]{1,20}")) {
            return "vnp_BankCode";
        }
        return null;
    }

    private String paymentPage(Entry e) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Cổng thanh toán thử nghiệm (sandbox)</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;margin:0;")
                .append("background:#f3f5f8;color:#1a1a1a;font-size:17px;line-height:1.5}\n")
                .append("main{max-width:32rem;margin:0 auto;padding:1rem}\n")
                .append("h1{font-size:1.4rem;margin:.5rem 0 1rem}\n")
                .append(".notice{background:#fff4ce;border:2px solid #b58100;border-radius:8px;padding:.75rem;")
                .append("margin-bottom:1rem}\n")
                .append("dl{background:#fff;border-radius:8px;padding:.75rem;margin:0 0 1rem}\n")
                .append("dt{font-weight:600;color:#444}dd{margin:0 0 .5rem;overflow-wrap:anywhere}\n")
                .append(".amount{font-size:1.5rem;font-weight:700;color:#0b5394}\n")
                .append("form{display:flex;flex-direction:column;gap:.75rem}\n")
                .append("button{font-size:1.05rem;padding:1rem;border-radius:8px;border:2px solid #0b5394;")
                .append("background:#fff;color:#0b5394;width:100%;min-height:3rem;cursor:pointer;text-align:left}\n")
                .append("button#success{background:#0b5394;color:#fff}\n")
                .append("button:focus-visible{outline:3px solid #b58100;outline-offset:2px}\n")
                .append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Cổng thanh toán thử nghiệm (sandbox)</h1>\n")
                .append("<p class=\"notice\" role=\"note\"><strong>Đây là môi trường thử nghiệm:</strong> ")
                .append("không có tiền thật nào được chuyển. Chọn kết quả bạn muốn thử.</p>\n")
                .append("<dl>\n")
                .append("<dt>Mã đơn vị (merchant)</dt><dd>")
                .append(html(e.tmnCode))
                .append("</dd>\n")
                .append("<dt>Số tiền</dt><dd class=\"amount\">")
                .append(html(formatVnd(e.amount)))
                .append("</dd>\n")
                .append("<dt>Nội dung thanh toán</dt><dd>")
                .append(html(e.orderInfo))
                .append("</dd>\n")
                .append("<dt>Mã giao dịch của đơn vị (vnp_TxnRef)</dt><dd>")
                .append(html(e.txnRef))
                .append("</dd>\n")
                .append("</dl>\n")
                .append("<form method=\"post\" action=\"/paymentv2/choose\">\n")
                .append("<input type=\"hidden\" name=\"token\" value=\"")
                .append(html(e.token))
                .append("\">\n");
        for (Map.Entry<String, String> o : OUTCOMES.entrySet()) {
            b.append("<button type=\"submit\" name=\"outcome\" value=\"")
                    .append(o.getKey())
                    .append("\" id=\"")
                    .append(o.getKey())
                    .append("\">")
                    .append(html(o.getValue()))
                    .append("</button>\n");
        }
        b.append("</form>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    /** {@code 150000} becomes {@code 150.000 ₫}. */
    static String formatVnd(long amount) {
        String digits = Long.toString(Math.abs(amount));
        StringBuilder sb = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return (amount < 0 ? "-" : "") + sb + " ₫";
    }

    // ---------------------------------------------------------------- 2. the payer's choice

    private void handleChoose(HttpExchange ex) throws IOException {
        Map<String, String> form = parseQuery(readBody(ex));
        String token = form.get("token");
        String outcome = form.get("outcome");
        if (isEmpty(token) || !tokens.containsKey(token)) {
            errorPage(ex, 400, "Phiên thanh toán không tồn tại hoặc đã được sử dụng.");
            return;
        }
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            errorPage(ex, 400, "Kết quả không hợp lệ.");
            return;
        }
        String txnRef = tokens.remove(token);
        Entry e = txnRef == null ? null : transactions.get(txnRef);
        Map<String, String> result;
        if (e == null) {
            errorPage(ex, 400, "Phiên thanh toán không tồn tại hoặc đã được sử dụng.");
            return;
        }
        synchronized (e) {
            if (!e.isPending() || !token.equals(e.token)) {
                errorPage(ex, 400, "Phiên thanh toán không tồn tại hoặc đã được sử dụng.");
                return;
            }
            boolean success = outcome.equals("success") || outcome.equals("success_no_ipn");
            String responseCode = switch (outcome) {
                case "insufficient_funds" -> "51";
                case "cancel" -> "24";
                case "timeout" -> "11";
                default -> "00";
            };
            Instant at = config.clock().instant();
            e.transactionNo = nextTransactionNo();
            e.bankCode = isEmpty(e.requestedBankCode) ? "NCB" : e.requestedBankCode;
            e.bankTranNo = success ? "VNP" + e.transactionNo : null;
            e.paidAt = at;
            e.payDate = format(at);
            e.responseCode = responseCode;
            e.transactionStatus = success ? "00" : "02";
            Map<String, String> params = new LinkedHashMap<>();
            params.put("vnp_Amount", Long.toString(e.amount * 100));
            params.put("vnp_BankCode", e.bankCode);
            if (e.bankTranNo != null) {
                params.put("vnp_BankTranNo", e.bankTranNo);
            }
            params.put("vnp_CardType", "ATM");
            params.put("vnp_OrderInfo", e.orderInfo);
            params.put("vnp_PayDate", e.payDate);
            params.put("vnp_ResponseCode", responseCode);
            params.put("vnp_TmnCode", e.tmnCode);
            params.put("vnp_TransactionNo", e.transactionNo);
            params.put("vnp_TransactionStatus", e.transactionStatus);
            params.put("vnp_TxnRef", e.txnRef);
            params.put("vnp_SecureHash", signer.redirectHash(params));
            e.resultParams = Map.copyOf(params);
            result = params;
        }
        if (!outcome.equals("success_no_ipn") && ipnUrl != null) {
            scheduleIpn(e.txnRef, result, 0, Duration.ZERO);
        }
        String sep = e.returnUrl.contains("?") ? "&" : "?";
        ex.getResponseHeaders().set("Location", e.returnUrl + sep + VnpaySigner.encodeQuery(result));
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(302, -1);
    }

    private String nextTransactionNo() {
        return String.format(Locale.ROOT, "%08d", transactionNumbers.getAndIncrement());
    }

    // ---------------------------------------------------------------- 3. IPN

    private void scheduleIpn(String txnRef, Map<String, String> params, int retriesDone, Duration delay) {
        if (closed) {
            return;
        }
        try {
            ipnScheduler.schedule(
                    () -> {
                        IpnDelivery d = deliver(txnRef, params, false);
                        if (d == null || ipnConfirmed(d)) {
                            return;
                        }
                        List<Duration> delays = config.ipnRetryDelays();
                        if (retriesDone < delays.size()) {
                            scheduleIpn(txnRef, params, retriesDone + 1, delays.get(retriesDone));
                        }
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** Makes one IPN call and records it; null when no IPN URL is set. */
    private IpnDelivery deliver(String txnRef, Map<String, String> params, boolean replay) {
        String target = ipnUrl;
        if (target == null || target.isEmpty()) {
            return null;
        }
        String sep = target.contains("?") ? "&" : "?";
        String full = target + sep + VnpaySigner.encodeQuery(params);
        int status;
        String body;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(full))
                    .timeout(Duration.ofSeconds(5))
                    .GET()
                    .build();
            HttpResponse<String> response = httpClient.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body() == null ? "" : response.body();
        } catch (IOException | IllegalArgumentException e) {
            status = -1;
            body = "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
            body = "";
        }
        IpnDelivery d;
        synchronized (deliveries) {
            int attempt = 1
                    + (int) deliveries.stream()
                            .filter(x -> x.txnRef().equals(txnRef))
                            .count();
            d = new IpnDelivery(txnRef, attempt, status, body, config.clock().instant(), target, replay);
            deliveries.add(d);
        }
        return d;
    }

    /** Done when the platform answered 200 with RspCode 00 (confirmed) or 02 (already confirmed). */
    static boolean ipnConfirmed(IpnDelivery d) {
        if (d.httpStatus() != 200) {
            return false;
        }
        try {
            Object code = JsonCodec.parseObject(d.responseBody()).get("RspCode");
            return "00".equals(code) || "02".equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void handleResend(HttpExchange ex) throws IOException {
        String txnRef = parseQuery(ex.getRequestURI().getRawQuery()).get("txnRef");
        Entry e = txnRef == null ? null : transactions.get(txnRef);
        Map<String, String> params = null;
        if (e != null) {
            synchronized (e) {
                params = e.resultParams;
            }
        }
        if (params == null) {
            sendJson(ex, 404, Map.of("sent", false, "error", "unknown or unfinished txnRef"));
            return;
        }
        if (ipnUrl == null) {
            sendJson(ex, 409, Map.of("sent", false, "error", "no IPN URL is set"));
            return;
        }
        IpnDelivery d = deliver(txnRef, params, true);
        if (d == null) {
            sendJson(ex, 409, Map.of("sent", false, "error", "no IPN URL is set"));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sent", true);
        answer.put("status", d.httpStatus());
        answer.put("attempt", d.attempt());
        answer.put("answer", d.responseBody());
        sendJson(ex, 200, answer);
    }

    // ---------------------------------------------------------------- 4. query and refund API

    private void handleApi(HttpExchange ex) throws IOException {
        sendJson(ex, 200, api(readBody(ex)));
    }

    private Map<String, String> api(String body) {
        Map<String, String> req = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Object> f : JsonCodec.parseObject(body).entrySet()) {
                Object v = f.getValue();
                if (v instanceof String s) {
                    req.put(f.getKey(), s);
                } else if (v instanceof BigDecimal n) {
                    req.put(f.getKey(), n.toPlainString());
                } else if (v != null) {
                    return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: " + f.getKey());
                }
            }
        } catch (IllegalArgumentException e) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng");
        }
        String command = req.get("vnp_Command");
        boolean refund = "refund".equals(command);
        if (!refund && !"querydr".equals(command)) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: vnp_Command");
        }
        List<String> required = new ArrayList<>(refund ? REFUND_REQUEST_HASH : QUERY_REQUEST_HASH);
        required.remove("vnp_TransactionNo");
        required.add("vnp_SecureHash");
        for (String f : required) {
            if (isEmpty(req.get(f))) {
                return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: thiếu " + f);
            }
        }
        if (!"2.1.0".equals(req.get("vnp_Version"))) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: vnp_Version");
        }
        if (!isVnpDate(req.get("vnp_CreateDate"))) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: vnp_CreateDate");
        }
        if (!isVnpDate(req.get("vnp_TransactionDate"))) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: vnp_TransactionDate");
        }
        if (!config.tmnCode().equals(req.get("vnp_TmnCode"))) {
            return apiError(req, "02", "Mã định danh kết nối không hợp lệ (kiểm tra lại TmnCode)");
        }
        String expected = signer.pipeHash(req, refund ? REFUND_REQUEST_HASH : QUERY_REQUEST_HASH);
        if (!VnpaySigner.hashEquals(expected, req.get("vnp_SecureHash"))) {
            return apiError(req, "97", "Checksum không hợp lệ");
        }
        if (!requestIds.add(req.get("vnp_RequestId"))) {
            return apiError(req, "94", "Yêu cầu bị trùng lặp trong thời gian giới hạn của API");
        }
        try {
            Entry e = transactions.get(req.get("vnp_TxnRef"));
            if (e == null || !e.createDate.equals(req.get("vnp_TransactionDate"))) {
                return apiError(req, "91", "Không tìm thấy giao dịch yêu cầu");
            }
            return refund ? refund(req, e) : query(e);
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "sandbox API request failed", ex);
            return apiError(req, "99", "Lỗi không xác định");
        }
    }

    private Map<String, String> query(Entry e) {
        Map<String, String> a = new LinkedHashMap<>();
        synchronized (e) {
            a.put("vnp_ResponseId", newResponseId());
            a.put("vnp_Command", "querydr");
            a.put("vnp_ResponseCode", "00");
            a.put("vnp_Message", "QueryDR Success");
            a.put("vnp_TmnCode", e.tmnCode);
            a.put("vnp_TxnRef", e.txnRef);
            a.put("vnp_Amount", Long.toString(e.amount * 100));
            a.put("vnp_BankCode", nullToEmpty(e.bankCode));
            a.put("vnp_PayDate", nullToEmpty(e.payDate));
            a.put("vnp_TransactionNo", nullToEmpty(e.transactionNo));
            a.put("vnp_TransactionType", "01");
            a.put("vnp_TransactionStatus", e.isPending() ? "01" : e.transactionStatus);
            a.put("vnp_OrderInfo", e.orderInfo);
            a.put("vnp_PromotionCode", "");
            a.put("vnp_PromotionAmount", "");
        }
        a.put("vnp_SecureHash", signer.pipeHash(a, QUERY_RESPONSE_HASH));
        return a;
    }

    private Map<String, String> refund(Map<String, String> req, Entry e) {
        String type = req.get("vnp_TransactionType");
        if (!"02".equals(type) && !"03".equals(type)) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: vnp_TransactionType");
        }
        String rawAmount = req.get("vnp_Amount");
        if (!rawAmount.matches("-?[0-9]{1,17}")) {
            return apiError(req, "03", "Dữ liệu gửi sang không đúng định dạng: vnp_Amount");
        }
        long wire = Long.parseLong(rawAmount);
        if (wire <= 0 || wire % 100 != 0) {
            return apiError(req, "03", "Số tiền hoàn không hợp lệ");
        }
        long amount = wire / 100;
        Map<String, String> a = new LinkedHashMap<>();
        synchronized (e) {
            String no = req.get("vnp_TransactionNo");
            if (!isEmpty(no) && !no.equals(e.transactionNo)) {
                return apiError(req, "91", "Không tìm thấy giao dịch yêu cầu");
            }
            if (!e.succeeded()) {
                return apiError(req, "95", "Giao dịch này không thành công bên VNPAY. VNPAY từ chối xử lý yêu cầu");
            }
            long remaining = e.amount - e.refunded;
            if (amount > remaining) {
                return apiError(req, "95", "Số tiền hoàn vượt quá số tiền còn lại của giao dịch");
            }
            if ("02".equals(type) && amount != remaining) {
                return apiError(req, "95", "Hoàn toàn phần phải bằng số tiền còn lại của giao dịch");
            }
            Transaction.Refund r = new Transaction.Refund(
                    nextTransactionNo(), amount, config.clock().instant(), type, req.get("vnp_CreateBy"));
            e.refunds.add(r);
            e.refunded += amount;
            a.put("vnp_ResponseId", newResponseId());
            a.put("vnp_Command", "refund");
            a.put("vnp_ResponseCode", "00");
            a.put("vnp_Message", "Refund success");
            a.put("vnp_TmnCode", e.tmnCode);
            a.put("vnp_TxnRef", e.txnRef);
            a.put("vnp_Amount", Long.toString(amount * 100));
            a.put("vnp_BankCode", nullToEmpty(e.bankCode));
            a.put("vnp_PayDate", nullToEmpty(e.payDate));
            a.put("vnp_TransactionNo", r.transactionNo());
            a.put("vnp_TransactionType", type);
            a.put("vnp_TransactionStatus", "05");
            a.put("vnp_OrderInfo", e.orderInfo);
        }
        a.put("vnp_SecureHash", signer.pipeHash(a, REFUND_RESPONSE_HASH));
        return a;
    }

    private Map<String, String> apiError(Map<String, String> req, String code, String message) {
        String command = req.get("vnp_Command");
        String tmn = req.get("vnp_TmnCode");
        Map<String, String> a = new LinkedHashMap<>();
        a.put("vnp_ResponseId", newResponseId());
        a.put("vnp_Command", nullToEmpty(command));
        a.put("vnp_ResponseCode", code);
        a.put("vnp_Message", message);
        a.put("vnp_TmnCode", isEmpty(tmn) ? config.tmnCode() : tmn);
        List<String> fields = "refund".equals(command) ? REFUND_RESPONSE_HASH : QUERY_RESPONSE_HASH;
        a.put("vnp_SecureHash", signer.pipeHash(a, fields));
        return a;
    }

    private String newResponseId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    // ---------------------------------------------------------------- 5. settlement

    private void handleSettlement(HttpExchange ex) throws IOException {
        Map<String, String> q = parseQuery(ex.getRequestURI().getRawQuery());
        String date = nullToEmpty(q.get("date"));
        String tmn = nullToEmpty(q.get("vnp_TmnCode"));
        String expected = signer.hmac(tmn + "|" + date);
        if (!VnpaySigner.hashEquals(expected, q.get("vnp_SecureHash"))
                || !config.tmnCode().equals(tmn)) {
            send(ex, 403, "text/plain; charset=UTF-8", "forbidden: bad signature or merchant");
            return;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date, ISO_DAY);
        } catch (DateTimeParseException e) {
            send(ex, 400, "text/plain; charset=UTF-8", "bad date, expected yyyy-MM-dd");
            return;
        }
        String csv = settlementCsv(day);
        ex.getResponseHeaders()
                .set("Content-Disposition", "attachment; filename=\"settlement-" + day.format(ISO_DAY) + ".csv\"");
        send(ex, 200, "text/csv; charset=UTF-8", csv);
    }

    private record Line(Instant at, String transactionNo, String csv) {}

    private String buildSettlement(LocalDate day) {
        List<Line> lines = new ArrayList<>();
        for (Entry e : transactions.values()) {
            synchronized (e) {
                if (e.succeeded() && onDay(e.paidAt, day)) {
                    lines.add(new Line(
                            e.paidAt,
                            e.transactionNo,
                            csvLine(e.transactionNo, e.txnRef, "payment", e.amount, e.payDate, e.bankCode)));
                }
                for (Transaction.Refund r : e.refunds) {
                    if (onDay(r.at(), day)) {
                        lines.add(new Line(
                                r.at(),
                                r.transactionNo(),
                                csvLine(
                                        r.transactionNo(),
                                        e.txnRef,
                                        "refund",
                                        r.amount(),
                                        format(r.at()),
                                        e.bankCode)));
                    }
                }
            }
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::transactionNo));
        StringBuilder sb = new StringBuilder("transaction_no,txn_ref,kind,amount,pay_date,bank_code\n");
        for (Line l : lines) {
            sb.append(l.csv()).append('\n');
        }
        for (String extra : extraLines.getOrDefault(day, List.of())) {
            sb.append(extra).append('\n');
        }
        return sb.toString();
    }

    private void writeSettlement(LocalDate day, String csv) {
        Path dir = config.settlementDir();
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path target = dir.resolve("settlement-" + day.format(ISO_DAY) + ".csv");
            Path tmp = Files.createTempFile(dir, "settlement-", ".tmp");
            Files.writeString(tmp, csv, StandardCharsets.UTF_8);
            Files.move(
                    tmp,
                    target,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the settlement file in " + dir, e);
        }
    }

    private void handleExtra(HttpExchange ex) throws IOException {
        Map<String, String> f = parseQuery(readBody(ex));
        String no = f.get("transaction_no");
        String ref = f.get("txn_ref");
        String amount = f.get("amount");
        String date = f.get("date");
        String kind = isEmpty(f.get("kind")) ? "payment" : f.get("kind");
        String bank = isEmpty(f.get("bank_code")) ? "NCB" : f.get("bank_code");
        LocalDate day;
        try {
            day = LocalDate.parse(nullToEmpty(date), ISO_DAY);
        } catch (DateTimeParseException e) {
            sendJson(ex, 400, Map.of("added", false, "error", "date must be yyyy-MM-dd"));
            return;
        }
        if (isEmpty(no) || isEmpty(ref) || amount == null || !amount.matches("-?[0-9]{1,15}")) {
            sendJson(ex, 400, Map.of("added", false, "error", "transaction_no, txn_ref and amount are required"));
            return;
        }
        String payDate = isEmpty(f.get("pay_date"))
                ? day.format(DateTimeFormatter.BASIC_ISO_DATE) + "120000"
                : f.get("pay_date");
        String line = csvLine(no, ref, kind, Long.parseLong(amount), payDate, bank);
        extraLines.computeIfAbsent(day, d -> new CopyOnWriteArrayList<>()).add(line);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("added", true);
        answer.put("line", line);
        sendJson(ex, 200, answer);
    }

    private static boolean onDay(Instant at, LocalDate day) {
        return at != null && LocalDate.ofInstant(at, VN).equals(day);
    }

    private static String csvLine(String no, String ref, String kind, long amount, String payDate, String bank) {
        return String.join(
                ",", csv(no), csv(ref), csv(kind), Long.toString(amount), csv(payDate), csv(nullToEmpty(bank)));
    }

    static String csv(String v) {
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    // ---------------------------------------------------------------- state

    /** A payment, mutable; guarded by its own monitor. */
    private static final class Entry {
        final String txnRef;
        final String tmnCode;
        final long amount;
        final String orderInfo;
        final String returnUrl;
        final String createDate;
        final String requestedBankCode;
        final String token;
        String transactionNo;
        String bankCode;
        String bankTranNo;
        String payDate;
        Instant paidAt;
        String responseCode;
        String transactionStatus;
        long refunded;
        Map<String, String> resultParams;
        final List<Transaction.Refund> refunds = new ArrayList<>();

        Entry(Map<String, String> p, String token) {
            this.txnRef = p.get("vnp_TxnRef");
            this.tmnCode = p.get("vnp_TmnCode");
            this.amount = Long.parseLong(p.get("vnp_Amount")) / 100;
            this.orderInfo = p.get("vnp_OrderInfo");
            this.returnUrl = p.get("vnp_ReturnUrl");
            this.createDate = p.get("vnp_CreateDate");
            this.requestedBankCode = p.get("vnp_BankCode");
            this.token = token;
        }

        synchronized boolean isPending() {
            return transactionNo == null;
        }

        synchronized boolean succeeded() {
            return "00".equals(responseCode) && "00".equals(transactionStatus);
        }

        synchronized Transaction snapshot() {
            return new Transaction(
                    txnRef,
                    tmnCode,
                    amount,
                    orderInfo,
                    returnUrl,
                    createDate,
                    transactionNo,
                    bankCode,
                    payDate,
                    responseCode,
                    transactionStatus,
                    refunded,
                    bankTranNo,
                    paidAt,
                    refunds);
        }
    }

    // ---------------------------------------------------------------- helpers

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(config.clock().instant(), VN);
    }

    static String format(Instant at) {
        return LocalDateTime.ofInstant(at, VN).format(VNP_DATE);
    }

    private String newToken() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean isVnpDate(String s) {
        if (s == null || s.length() != 14) {
            return false;
        }
        try {
            LocalDateTime.parse(s, VNP_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isHttpUrl(String s) {
        if (isEmpty(s)) {
            return false;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && u.getHost() != null
                    && !u.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Decodes {@code a=b&c=d} (form or query); the first of repeated keys wins. */
    static Map<String, String> parseQuery(String raw) {
        Map<String, String> m = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return m;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                m.putIfAbsent(
                        URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: skip the pair, so the field counts as missing
            }
        }
        return m;
    }

    private static String readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) {
                throw new IOException("request body too large");
            }
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void errorPage(HttpExchange ex, int status, String message) throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Lỗi - Cổng thanh toán thử nghiệm (sandbox)</title>\n"
                + "<style>body{font-family:system-ui,Arial,sans-serif;margin:0;font-size:17px;line-height:1.5}"
                + "main{max-width:32rem;margin:0 auto;padding:1rem}"
                + ".error{background:#fde7e9;border:2px solid #a4262c;border-radius:8px;padding:.75rem}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>Cổng thanh toán thử nghiệm (sandbox)</h1>\n"
                + "<p class=\"error\" role=\"alert\">" + html(message) + "</p>\n"
                + "<p>Không có tiền thật nào được chuyển.</p>\n</main>\n</body>\n</html>\n";
        send(ex, status, "text/html; charset=UTF-8", page);
    }

    private static void sendJson(HttpExchange ex, int status, Map<String, ?> body) throws IOException {
        send(ex, status, "application/json; charset=UTF-8", JsonCodec.write(body));
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (contentType.startsWith("text/html")) {
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders()
                    .set(
                            "Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; form-action *; base-uri 'none'");
        }
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : (bytes.length == 0 ? -1 : bytes.length));
        if (!head && bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---------------------------------------------------------------- standalone

    /**
     * Runs the sandbox on its own. Environment: SANDBOX_PORT (default 8091), SANDBOX_TMN (default EGOVSBX1),
     * SANDBOX_SECRET (required), SANDBOX_IPN_URL (optional), SANDBOX_SETTLEMENT_DIR (optional).
     */
    public static void main(String[] args) throws Exception {
        String secret = System.getenv("SANDBOX_SECRET");
        if (secret == null || secret.isEmpty()) {
            System.err.println("SANDBOX_SECRET is required (the hash secret shared with the platform)");
            System.exit(2);
            return;
        }
        String portText = System.getenv().getOrDefault("SANDBOX_PORT", "8091");
        int port;
        try {
            port = Integer.parseInt(portText.trim());
        } catch (NumberFormatException e) {
            System.err.println("SANDBOX_PORT is not a number: " + portText);
            System.exit(2);
            return;
        }
        String tmn = System.getenv().getOrDefault("SANDBOX_TMN", "EGOVSBX1");
        String ipn = System.getenv("SANDBOX_IPN_URL");
        String dir = System.getenv("SANDBOX_SETTLEMENT_DIR");
        Config base = Config.of(port, tmn, secret, ipn == null || ipn.isEmpty() ? null : ipn);
        Config config = new Config(
                base.port(),
                base.tmnCode(),
                base.hashSecret(),
                base.ipnUrl(),
                dir == null || dir.isEmpty() ? null : Path.of(dir),
                base.ipnRetryDelays(),
                base.clock());
        SandboxGateway gateway = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }));
        System.out.println("VNPay sandbox (no real money) for merchant " + tmn + " at " + gateway.url());
        System.out.println("  payment URL: " + gateway.paymentUrl());
        System.out.println("  API URL:     " + gateway.apiUrl());
        System.out.println("  IPN URL:     " + (config.ipnUrl() == null ? "(none)" : config.ipnUrl()));
        stopped.await();
    }
}
