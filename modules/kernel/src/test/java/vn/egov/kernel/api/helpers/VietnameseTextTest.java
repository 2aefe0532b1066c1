package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsCaseAndDStroke() {
        assertEquals("phan anh kien nghi", VietnameseText.fold("Phản ánh, kiến nghị"));
        assertEquals("duong ngap nuoc o phuong vo cuong", VietnameseText.fold("Đường ngập nước ở phường Võ Cường!"));
        assertEquals("uy ban nhan dan", VietnameseText.fold("  Ủy   ban – nhân dân "));
        assertEquals("so 25 3a ngo 12 duong ly thai to", VietnameseText.fold("Số 25/3A, ngõ 12 – đường LÝ THÁI TỔ."));
    }

    @Test
    void composedAndDecomposedInputFoldAlike() {
        String composed = "Tiếng Việt";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseText.fold(composed), VietnameseText.fold(decomposed));
        assertEquals("tieng viet", VietnameseText.fold(decomposed));
    }

    @Test
    void nullAndPunctuationOnlyFoldToEmpty() {
        assertEquals("", VietnameseText.fold(null));
        assertEquals("", VietnameseText.fold(" ?!… "));
    }

    @Test
    void theTableFoldsAsDecomposingTheWholeTextDoes() {
        for (int c = 0; c < 0x3000; c++) {
            String one = new String(Character.toChars(c));
            String text = "a" + one + "b " + one + one;
            assertEquals(
                    foldByDecomposingAll(text),
                    VietnameseText.fold(text),
                    () -> "U+" + Integer.toHexString(text.codePointAt(1)));
        }
        java.util.Random random = new java.util.Random(7);
        String pieces = "aĂâĐđêÔơưỳỹẠặ\u0301\u0323 ,.–\t\n19½ⅫßİΣσДж日本😀\ud83d";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            assertEquals(foldByDecomposingAll(text.toString()), VietnameseText.fold(text.toString()), text::toString);
        }
    }

    /** The first implementation: the whole text decomposed at once, then one pass. */
    private static String foldByDecomposingAll(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetter(c)
                    || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
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
}
