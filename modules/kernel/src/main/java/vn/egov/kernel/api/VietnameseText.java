package vn.egov.kernel.api;

import java.text.Normalizer;

/**
 * Accent-insensitive matching of Vietnamese text: "phan anh" finds "phản ánh". Modules keep a
 * folded copy of searchable text (lower case, no diacritics, đ as d) and fold queries the same way.
 */
public final class VietnameseText {
    private VietnameseText() {
    }

    /** Lower case, diacritics removed, đ/Đ as d, runs of punctuation and spaces as one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                    continue;
                }
                default -> {
                }
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetter(c) || isNumber(c)) {
                if (gap && folded.length() > 0) {
                    folded.append(' ');
                }
                gap = false;
                folded.appendCodePoint(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return folded.toString();
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
