package vn.egov.payments.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The merchant side of the VNPay payment protocol, version 2.1.0: timestamps, amounts and HMAC-SHA512 signatures. */
public final class VnpayProtocol {

    /** VNPay reads and writes its timestamps in Vietnam time. */
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(7);

    static final String SECURE_HASH = "vnp_SecureHash";
    static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

    private static final String HMAC_SHA512 = "HmacSHA512";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private VnpayProtocol() {}

    /** Formats an instant as {@code yyyyMMddHHmmss} in UTC+7. */
    public static String timestamp(Instant t) {
        return TIMESTAMP.format(LocalDateTime.ofInstant(t, ZONE));
    }

    /**
     * Parses a {@code yyyyMMddHHmmss} timestamp in UTC+7.
     *
     * @throws IllegalArgumentException if the text is not fourteen digits forming a valid date and time
     */
    public static Instant parseTimestamp(String s) {
        if (s == null || s.length() != 14 || !isDigits(s)) {
            throw new IllegalArgumentException("not a VNPay timestamp: " + s);
        }
        try {
            return LocalDateTime.parse(s, TIMESTAMP).toInstant(ZONE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a VNPay timestamp: " + s, e);
        }
    }

    /**
     * The amount as sent to VNPay: đồng times 100.
     *
     * @throws IllegalArgumentException if the amount is not positive
     * @throws ArithmeticException if the amount times 100 overflows a long
     */
    public static String wireAmount(long vnd) {
        if (vnd <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + vnd);
        }
        return Long.toString(Math.multiplyExact(vnd, 100L));
    }

    /**
     * The amount in đồng from VNPay's {@code vnp_Amount}.
     *
     * @throws IllegalArgumentException unless the text is a non-negative integer multiple of 100
     */
    public static long vndFromWire(String s) {
        if (s == null || s.isEmpty() || !isDigits(s)) {
            throw new IllegalArgumentException("not a VNPay amount: " + s);
        }
        long wire;
        try {
            wire = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a VNPay amount: " + s, e);
        }
        if (wire % 100 != 0) {
            throw new IllegalArgumentException("VNPay amount is not whole dong: " + s);
        }
        return wire / 100;
    }

    /** Lowercase hex of HMAC-SHA512 keyed with the secret's UTF-8 bytes over the data's UTF-8 bytes. */
    public static String hmacSha512(String secret, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA512);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA512));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 unavailable", e);
        }
    }

    /**
     * The signed text: the parameters but the hash itself and empty ones, sorted by key, URL-encoded and joined as
     * {@code k=v&k=v}.
     */
    public static String hashData(Map<String, String> params) {
        Map<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            if (k != null && v != null && !v.isEmpty() && !SECURE_HASH.equals(k) && !SECURE_HASH_TYPE.equals(k)) {
                sorted.put(k, v);
            }
        });
        return sorted.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The {@code vnp_SecureHash} of the parameters. */
    public static String sign(Map<String, String> params, String secret) {
        return hmacSha512(secret, hashData(params));
    }

    /** Whether the parameters carry a {@code vnp_SecureHash} matching them, compared in constant time. */
    public static boolean verify(Map<String, String> params, String secret) {
        String given = params.get(SECURE_HASH);
        if (given == null || given.isEmpty()) {
            return false;
        }
        return sameHex(sign(params, secret), given);
    }

    /** The URL that sends the payer to VNPay with the signed parameters. */
    public static String redirectUrl(String base, Map<String, String> params, String secret) {
        String data = hashData(params);
        return base + "?" + data + "&" + SECURE_HASH + "=" + hmacSha512(secret, data);
    }

    /** HMAC-SHA512 over the fields joined by {@code |}, a null field read as empty (query and refund APIs). */
    public static String pipeHash(String secret, String... fields) {
        return hmacSha512(secret, joinPipe(fields));
    }

    /** Whether the hex matches {@link #pipeHash} of the fields, in constant time and ignoring case; false on null. */
    public static boolean verifyPipe(String expectedHex, String secret, String... fields) {
        if (expectedHex == null || secret == null || fields == null) {
            return false;
        }
        return sameHex(pipeHash(secret, fields), expectedHex);
    }

    private static String joinPipe(String... fields) {
        return Arrays.stream(fields).map(f -> Objects.toString(f, "")).collect(Collectors.joining("|"));
    }

    private static boolean sameHex(String computed, String given) {
        return MessageDigest.isEqual(
                computed.getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
