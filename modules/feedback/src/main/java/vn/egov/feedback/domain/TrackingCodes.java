package vn.egov.feedback.domain;

import java.security.SecureRandom;

/**
 * Tracking codes citizens follow their report with, without logging in. They are random rather
 * than sequential so that one code does not lead to the neighbours' reports.
 */
public final class TrackingCodes {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {}

    /** {@code PA-} and eight characters without look-alikes (no 0/O, 1/I). */
    public static String next() {
        StringBuilder code = new StringBuilder("PA-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as typed by a person: trimmed, upper case, the dash optional. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        return compact.startsWith("PA") && !compact.startsWith("PA-") ? "PA-" + compact.substring(2) : compact;
    }
}
