package vn.egov.sandbox.vnpay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two VNPay v2.1.0 signatures: the redirect (query string) hash and the pipe-joined API hash. */
public final class VnpaySigner {
    private final byte[] secret;

    public VnpaySigner(String hashSecret) {
        this.secret = Objects.requireNonNull(hashSecret, "hashSecret").getBytes(StandardCharsets.UTF_8);
    }

    /** Lowercase hex HMAC-SHA512 of {@code data} (UTF-8) keyed with the secret (UTF-8). */
    public String hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret, "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is not available", e);
        }
    }

    /**
     * The text the redirect hash is computed over: every {@code vnp_*} parameter except the hash itself and its
     * type, without empty values, sorted by key, each key and value URL-encoded (UTF-8), joined with {@code &}.
     */
    public static String redirectHashData(Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (key == null
                    || !key.startsWith("vnp_")
                    || key.equals("vnp_SecureHash")
                    || key.equals("vnp_SecureHashType")
                    || value == null
                    || value.isEmpty()) {
                continue;
            }
            sorted.put(key, value);
        }
        return encodeQuery(sorted);
    }

    /** {@code key=value&...} with URL-encoded (UTF-8) keys and values, in the map's order. */
    public static String encodeQuery(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    public String redirectHash(Map<String, String> params) {
        return hmac(redirectHashData(params));
    }

    /** The API hash: HMAC-SHA512 hex over the named fields' values joined by {@code |} (absent = empty). */
    public String pipeHash(Map<String, String> values, List<String> fields) {
        List<String> parts = new ArrayList<>(fields.size());
        for (String field : fields) {
            String v = values.get(field);
            parts.add(v == null ? "" : v);
        }
        return hmac(String.join("|", parts));
    }

    /** Case-insensitive, constant-time comparison of two hex hashes. */
    public static boolean hashEquals(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
