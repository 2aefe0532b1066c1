package vn.egov.kernel.api;

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
}
