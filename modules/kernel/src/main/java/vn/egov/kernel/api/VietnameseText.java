package vn.egov.kernel.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive matching of Vietnamese text: "phan anh" finds "phản ánh". Modules keep a
 * folded copy of searchable text (lower case, no diacritics, đ as d) and fold queries the same way.
 */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** Lower case, diacritics removed, đ/Đ as d, runs of punctuation and spaces as one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NOT_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
