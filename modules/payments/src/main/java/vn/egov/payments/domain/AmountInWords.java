package vn.egov.payments.domain;

import java.util.ArrayList;
import java.util.List;

/** The Vietnamese reading of an amount of đồng, as printed on receipts ("Một trăm lẻ năm đồng"). */
public final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    /** Units of the three-digit groups below one billion, from the highest. */
    private static final String[] GROUP_UNITS = {"triệu", "nghìn", ""};

    private static final long BILLION = 1_000_000_000L;

    private AmountInWords() {}

    /**
     * Reads an amount in words, first letter capitalised, ending with " đồng".
     *
     * @param dong the amount, not negative
     * @throws IllegalArgumentException if the amount is negative
     */
    public static String of(long dong) {
        if (dong < 0) {
            throw new IllegalArgumentException("negative amount: " + dong);
        }
        List<String> words = new ArrayList<>();
        if (dong == 0) {
            words.add(DIGITS[0]);
        } else {
            read(dong, true, words);
        }
        String text = String.join(" ", words);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng";
    }

    /** Reads a positive number; above one billion the part above is read recursively, followed by "tỷ". */
    private static void read(long n, boolean leading, List<String> words) {
        long high = n / BILLION;
        long low = n % BILLION;
        if (high > 0) {
            read(high, leading, words);
            words.add("tỷ");
            leading = false;
        }
        if (low > 0) {
            readBelowBillion((int) low, leading, words);
        }
    }

    /** Reads a positive number below one billion as up to three groups: triệu, nghìn and units. */
    private static void readBelowBillion(int n, boolean leading, List<String> words) {
        int[] groups = {n / 1_000_000, n / 1_000 % 1_000, n % 1_000};
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == 0) {
                continue;
            }
            readGroup(groups[i], !leading, words);
            leading = false;
            if (!GROUP_UNITS[i].isEmpty()) {
                words.add(GROUP_UNITS[i]);
            }
        }
    }

    /**
     * Reads a group from 1 to 999.
     *
     * @param full whether a group below 100 is read with "không trăm" (any group but the leading one)
     */
    private static void readGroup(int group, boolean full, List<String> words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        boolean withHundreds = hundreds > 0 || full;
        if (withHundreds) {
            words.add(DIGITS[hundreds]);
            words.add("trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (withHundreds) {
                    words.add("lẻ");
                }
                words.add(DIGITS[units]);
            }
        } else if (tens == 1) {
            words.add("mười");
            if (units == 5) {
                words.add("lăm");
            } else if (units > 0) {
                words.add(DIGITS[units]);
            }
        } else {
            words.add(DIGITS[tens]);
            words.add("mươi");
            if (units == 1) {
                words.add("mốt");
            } else if (units == 4) {
                words.add("tư");
            } else if (units == 5) {
                words.add("lăm");
            } else if (units > 0) {
                words.add(DIGITS[units]);
            }
        }
    }
}
