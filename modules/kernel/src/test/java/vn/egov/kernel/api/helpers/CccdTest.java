package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

class CccdTest {

    @ParameterizedTest
    @ValueSource(strings = {"027095001234", "001300012345", "079185000001", "096099999999"})
    void acceptsWellFormedNumbers(String number) {
        assertTrue(Cccd.problemWith(number).isEmpty(), number);
    }

    /** Why the number is refused, in Vietnamese. */
    private static String problem(String number) {
        return Cccd.problemWith(number).orElseThrow().in(Message.VIETNAMESE);
    }

    @Test
    void rejectsWrongLength() {
        assertTrue(problem("02709500123").contains("12 chữ số"));
        assertEquals(
                "The personal identification number (CCCD) must have exactly 12 digits.",
                Cccd.problemWith("02709500123").orElseThrow().in(Locale.ENGLISH));
        assertTrue(Cccd.problemWith("0270950012345").isPresent());
        assertTrue(Cccd.problemWith("02709500123a").isPresent());
        assertTrue(Cccd.problemWith(null).isPresent());
    }

    @Test
    void rejectsUnknownProvinceCodes() {
        // 003 and 099 are not codes of any province
        assertTrue(problem("003095001234").contains("mã tỉnh"));
        assertTrue(Cccd.problemWith("099095001234").isPresent());
    }

    @Test
    void rejectsBirthYearsInTheFuture() {
        // century digit 4 means the 2100s
        assertTrue(problem("027495001234").contains("tương lai"));
    }

    @Test
    void decodesTheBirthYearAndHidesTheNumberInText() {
        Cccd cccd = new Cccd("027301001234");
        assertEquals(2001, cccd.birthYear());
        assertFalse(cccd.toString().contains("301001"));
        Refusal refused = assertThrows(Refusal.class, () -> new Cccd("123"));
        assertEquals(400, refused.status());
        assertEquals("cccd", refused.field());
        assertTrue(refused.getMessage().contains("12 chữ số"), refused.getMessage());
    }
}
