package vn.egov.kernel.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets that prove their holder may act on a record without an account: the link a sender of a
 * feedback report gets with his acknowledgement, and the like in every module's citizen actions.
 * A public code (tracking code, dossier code) is never such a proof. Only the secret's SHA-256 is
 * stored; the secret itself is handed out once.
 */
public final class HolderSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 128;

    private HolderSecrets() {}

    /** A new secret (256 random bits, URL-safe base64, 43 characters) and the hash to store. */
    public static Issued issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(secret, hash(secret));
    }

    /** Whether the candidate is the secret whose hash was stored; false for a missing hash or candidate. */
    public static boolean matches(String storedHash, String candidate) {
        if (storedHash == null || candidate == null || candidate.isBlank() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(
                storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(candidate.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String secret) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secret to hand to its holder and the hash to keep. */
    public record Issued(String secret, String hash) {
        @Override
        public String toString() {
            return "Issued[hash=" + hash + "]";
        }
    }
}
