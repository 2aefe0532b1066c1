package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.VnpayProtocol;

/**
 * The gateway adapter, speaking VNPay v2.1.0: the signed redirect that sends a payer to pay, and
 * the query (querydr) API, whose answers' hashes are checked. Terminal code, secret and addresses
 * are admin settings; the secret is never logged.
 */
@ApplicationScoped
public class VnpayGateway {
    private static final Logger LOG = Logger.getLogger(VnpayGateway.class.getName());
    static final String RETURN_PATH = "payments/return.xhtml";

    @Inject
    Settings settings;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The gateway's settings, when all four are set. */
    public record Config(String paymentUrl, String apiUrl, String tmnCode, String secret) {
        @Override
        public String toString() {
            return "Config[" + paymentUrl + ", " + apiUrl + ", " + tmnCode + ", secret hidden]";
        }
    }

    public Optional<Config> config() {
        Config c = new Config(
                settings.text(PaymentsModule.GATEWAY_PAYMENT_URL),
                settings.text(PaymentsModule.GATEWAY_API_URL),
                settings.text(PaymentsModule.TERMINAL_CODE),
                settings.text(PaymentsModule.HASH_SECRET));
        return c.paymentUrl().isBlank() || c.tmnCode().isBlank() || c.secret().isBlank()
                ? Optional.empty()
                : Optional.of(c);
    }

    /** Where to send the payer for an attempt: the same address for the same attempt, signed. */
    public String redirect(Config config, PaymentAttempt attempt, String locale) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("vnp_Version", "2.1.0");
        p.put("vnp_Command", "pay");
        p.put("vnp_TmnCode", config.tmnCode());
        p.put("vnp_Amount", VnpayProtocol.wireAmount(attempt.getAmount()));
        p.put("vnp_CurrCode", "VND");
        p.put("vnp_TxnRef", attempt.getTxnRef());
        p.put("vnp_OrderInfo", "Thanh toan " + attempt.getOrder().getCode());
        p.put("vnp_OrderType", "other");
        p.put("vnp_Locale", "en".equals(locale) ? "en" : "vn");
        p.put("vnp_ReturnUrl", address.of(RETURN_PATH));
        p.put("vnp_IpAddr", attempt.getClientAddress() == null ? "127.0.0.1" : attempt.getClientAddress());
        p.put("vnp_CreateDate", VnpayProtocol.timestamp(attempt.getCreatedAt().toInstant()));
        p.put("vnp_ExpireDate", VnpayProtocol.timestamp(attempt.getExpiresAt().toInstant()));
        return VnpayProtocol.redirectUrl(config.paymentUrl(), p, config.secret());
    }

    /**
     * What the gateway knows of an attempt (querydr), its answer's hash checked.
     *
     * @return the answer's fields, or empty when the gateway could not be asked or its answer was not signed right
     */
    public Optional<Map<String, String>> query(Config config, PaymentAttempt attempt) {
        String requestId = UUID.randomUUID().toString().replace("-", "");
        String now = VnpayProtocol.timestamp(clock.instant());
        String created = VnpayProtocol.timestamp(attempt.getCreatedAt().toInstant());
        String info = "Truy van " + attempt.getTxnRef();
        String[] fields = {
            requestId, "2.1.0", "querydr", config.tmnCode(), attempt.getTxnRef(), created, now, "127.0.0.1", info
        };
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("vnp_RequestId", requestId)
                .add("vnp_Version", "2.1.0")
                .add("vnp_Command", "querydr")
                .add("vnp_TmnCode", config.tmnCode())
                .add("vnp_TxnRef", attempt.getTxnRef())
                .add("vnp_TransactionDate", created)
                .add("vnp_CreateDate", now)
                .add("vnp_IpAddr", "127.0.0.1")
                .add("vnp_OrderInfo", info)
                .add("vnp_SecureHash", VnpayProtocol.pipeHash(config.secret(), fields));
        return post(config, body.build()).filter(a -> signed(a, config.secret(), QUERY_ANSWER));
    }

    /**
     * Asks the gateway to give back money of a paid attempt (refund API: 02 full, 03 partial), its
     * answer's hash checked.
     *
     * @return the answer's fields, or empty when the gateway could not be asked or its answer was not signed right
     */
    public Optional<Map<String, String>> refund(
            Config config, PaymentAttempt paid, long amount, boolean full, String createdBy, String reference) {
        String requestId = UUID.randomUUID().toString().replace("-", "");
        String now = VnpayProtocol.timestamp(clock.instant());
        String created = VnpayProtocol.timestamp(paid.getCreatedAt().toInstant());
        String type = full ? "02" : "03";
        String wire = VnpayProtocol.wireAmount(amount);
        String txnNo = paid.getGatewayTxnNo() == null ? "" : paid.getGatewayTxnNo();
        String info = "Hoan tien " + reference;
        String by = createdBy == null ? "system" : createdBy;
        String[] fields = {
            requestId,
            "2.1.0",
            "refund",
            config.tmnCode(),
            type,
            paid.getTxnRef(),
            wire,
            txnNo,
            created,
            by,
            now,
            "127.0.0.1",
            info
        };
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("vnp_RequestId", requestId)
                .add("vnp_Version", "2.1.0")
                .add("vnp_Command", "refund")
                .add("vnp_TmnCode", config.tmnCode())
                .add("vnp_TransactionType", type)
                .add("vnp_TxnRef", paid.getTxnRef())
                .add("vnp_Amount", wire)
                .add("vnp_TransactionNo", txnNo)
                .add("vnp_TransactionDate", created)
                .add("vnp_CreateBy", by)
                .add("vnp_CreateDate", now)
                .add("vnp_IpAddr", "127.0.0.1")
                .add("vnp_OrderInfo", info)
                .add("vnp_SecureHash", VnpayProtocol.pipeHash(config.secret(), fields));
        return post(config, body.build()).filter(a -> signed(a, config.secret(), REFUND_ANSWER));
    }

    /** The fields, in order, whose values the gateway's hash covers in a refund answer (VNPay v2.1.0). */
    static final List<String> REFUND_ANSWER = List.of(
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

    /** A query answer's hashed fields: the refund answer's and the promotion's two. */
    static final List<String> QUERY_ANSWER = java.util.stream.Stream.concat(
                    REFUND_ANSWER.stream(), java.util.stream.Stream.of("vnp_PromotionCode", "vnp_PromotionAmount"))
            .toList();

    /** Whether an answer's {@code vnp_SecureHash} is the pipe-joined HMAC of its listed fields. */
    static boolean signed(Map<String, String> answer, String secret, List<String> fields) {
        return VnpayProtocol.verifyPipe(
                answer.get("vnp_SecureHash"),
                secret,
                fields.stream().map(answer::get).toArray(String[]::new));
    }

    private Optional<Map<String, String>> post(Config config, JsonObject body) {
        if (config.apiUrl().isBlank()) {
            return Optional.empty();
        }
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(config.apiUrl()))
                            .timeout(Duration.ofSeconds(15))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                LOG.warning(() -> "The gateway's API answered HTTP " + r.statusCode());
                return Optional.empty();
            }
            JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
            Map<String, String> fields = new LinkedHashMap<>();
            json.forEach((k, v) -> fields.put(
                    k, v.getValueType() == jakarta.json.JsonValue.ValueType.STRING ? json.getString(k) : v.toString()));
            return Optional.of(fields);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The gateway's API could not be asked: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
