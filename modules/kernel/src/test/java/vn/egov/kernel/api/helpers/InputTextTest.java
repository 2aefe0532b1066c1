package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.FieldErrors;

class InputTextTest {

    @Test
    void ordinaryVietnameseTextWithLineBreaksAndTabsIsAccepted() {
        assertTrue(InputText.acceptable("Đèn đường hỏng\r\nngõ 12\tphố Ngô Gia Tự 🚦"));
        assertTrue(InputText.acceptable(null));
        assertTrue(InputText.acceptable(""));
    }

    @Test
    void controlCharactersNonCharactersAndBrokenSurrogatesAreRefused() {
        for (String bad : new String[] {
            "a\u0000b",
            "\u0001",
            "x\u000B",
            "\u001F",
            "\u007F",
            "\u0085",
            "\u009F",
            "\uFFFE",
            "\uFFFF",
            "\uFDD0",
            "\uFDEF",
            "\uD83F\uDFFE",
            "\uDBFF\uDFFF",
            "a\uD800",
            "\uDC00b",
            "\uD800x"
        }) {
            assertFalse(
                    InputText.acceptable(bad),
                    () -> "refused: "
                            + bad.codePoints().mapToObj(Integer::toHexString).toList());
        }
        assertEquals(3, InputText.firstRefused("abc\u0000"));
    }

    @Test
    void aRefusalNamesTheFieldTheCharacterAndWhereItIs() {
        FieldErrors refused = assertThrows(FieldErrors.class, () -> InputText.checked("title", "Ổ gà\u0001"));
        assertTrue(refused.byField().get("title").contains("U+0001"), refused.getMessage());
        assertTrue(refused.byField().get("title").contains("vị trí 5"), refused.getMessage());
    }

    @Test
    void decomposedTextIsComposedAndComposedTextIsLeftAsItIs() {
        String decomposed = "Vie\u0323\u0302t Nam";
        assertEquals("Việt Nam", InputText.checked("name", decomposed));
        String composed = "Việt Nam";
        assertSame(composed, InputText.normalised(composed));
    }

    @Test
    void jsonIsJudgedStringByStringEscapesIncluded() {
        String clean = "{\"title\":\"Đèn đường\\nhỏng\",\"n\":1}";
        assertSame(clean, InputText.json(clean), "nothing to change: the same text, not parsed");
        FieldErrors escaped =
                assertThrows(FieldErrors.class, () -> InputText.json("{\"report\":{\"title\":\"a\\u0000b\"}}"));
        assertTrue(escaped.byField().containsKey("title"), escaped.byField().toString());
        assertThrows(FieldErrors.class, () -> InputText.json("[\"\\uFFFF\"]"));
        assertThrows(
                FieldErrors.class,
                () -> InputText.json("{\"t\":\"\u0085\"}"),
                "a raw C1 control is valid JSON, but refused");
        assertEquals(
                "{\"t\":\"Việt\"}",
                InputText.json("{\"t\":\"Vie\\u0323\\u0302t\"}"),
                "escaped decomposed letters composed");
        assertEquals("{\"t\":\"Việt\"}", InputText.json("{\"t\":\"Vie\u0323\u0302t\"}"));
        assertEquals("{\"t\":", InputText.json("{\"t\":"), "not JSON: left for the resource to refuse");
    }
}
