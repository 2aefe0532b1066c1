package vn.egov.payments.domain;

import java.util.Random;

/**
 * Public codes of fee orders: {@code TT-} and ten characters of an alphabet without look-alikes
 * (no 0/O, 1/I/L), 50 bits: not guessable, easy to read out at a desk.
 */
public final class FeeOrderCodes {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private FeeOrderCodes() {}

    public static String next(Random random) {
        StringBuilder b = new StringBuilder("TT-");
        for (int i = 0; i < 10; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    public static boolean wellFormed(String code) {
        return code.length() == 13
                && code.startsWith("TT-")
                && code.substring(3).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
