package vn.egov.procedures.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * A dossier's code as provincial systems print it: {@code {unit identifier code}-{yyMMdd}-{NNNN}},
 * e.g. {@code 000.00.12.H05-261202-0001}; the number restarts daily per receiving unit (five digits
 * past the 9,999th dossier of a day).
 */
public final class DossierCode {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z.]{3,20}-\\d{6}-\\d{4,5}");

    private DossierCode() {}

    /** The numbering period of a day, also the code's middle part. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String format(String identifierCode, LocalDate day, long number) {
        if (number < 1 || number > 99_999) {
            throw new IllegalArgumentException("A dossier number is 1 to 99999: " + number);
        }
        return identifierCode + "-" + day(day) + "-" + String.format("%04d", number);
    }

    /** Whether a text (as typed, trimmed and upper-cased) has a dossier code's shape. */
    public static boolean looksLikeCode(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** A typed code made comparable: trimmed, upper-cased. */
    public static String normalise(String text) {
        return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
