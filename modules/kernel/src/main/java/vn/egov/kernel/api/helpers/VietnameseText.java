package vn.egov.kernel.api.helpers;

import java.text.Normalizer;

/**
 * Accent-insensitive matching of Vietnamese text: "phan anh" finds "phản ánh". Modules keep a
 * folded copy of searchable text (lower case, no diacritics, đ as d) and fold queries the same way.
 */
public final class VietnameseText {
    /**
     * Characters below this (Latin with every Vietnamese letter, Greek, Cyrillic, punctuation)
     * fold through a table made once, since every report and search folds its text; others are
     * decomposed as they come.
     */
    private static final int TABLE_SIZE = 0x2100;
    /** What each character folds to: letters, a space for a gap between words, nothing for a mark. */
    private static final String[] TABLE = new String[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = foldCodePoint(c);
        }
    }

    private VietnameseText() {}

    /** Lower case, diacritics removed, đ/Đ as d, runs of punctuation and spaces as one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String tokens = c < TABLE_SIZE ? TABLE[c] : foldCodePoint(c);
            for (int t = 0; t < tokens.length(); t++) {
                char token = tokens.charAt(t);
                if (token == ' ') {
                    gap = true;
                    continue;
                }
                if (gap && folded.length() > 0) {
                    folded.append(' ');
                }
                gap = false;
                folded.append(token);
            }
        }
        return folded.toString();
    }

    /**
     * One code point decomposed (NFD): its marks dropped, đ/Đ as d, letters and digits in lower
     * case, anything else a space. Decomposing code point by code point gives what decomposing
     * the whole text would, as only marks are ever reordered and marks are dropped.
     */
    private static String foldCodePoint(int codePoint) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        StringBuilder tokens = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                    continue;
                }
                default -> {}
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetter(c) || isNumber(c)) {
                tokens.appendCodePoint(Character.toLowerCase(c));
            } else {
                tokens.append(' ');
            }
        }
        return tokens.toString();
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
