package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CccdTest {

    @ParameterizedTest
    @ValueSource(strings = {"027095001234", "001300012345", "079185000001", "096099999999"})
    void acceptsWellFormedNumbers(String number) {
        assertTrue(Cccd.problemWith(number).isEmpty(), number);
    }

    @Test
    void rejectsWrongLength() {
        assertTrue(Cccd.problemWith("02709500123").orElseThrow().contains("12 chữ số"));
        assertTrue(Cccd.problemWith("0270950012345").isPresent());
        assertTrue(Cccd.problemWith("02709500123a").isPresent());
        assertTrue(Cccd.problemWith(null).isPresent());
    }

    @Test
    void rejectsUnknownProvinceCodes() {
        // 003 and 099 are not codes of any province
        assertTrue(Cccd.problemWith("003095001234").orElseThrow().contains("mã tỉnh"));
        assertTrue(Cccd.problemWith("099095001234").isPresent());
    }

    @Test
    void rejectsBirthYearsInTheFuture() {
        // century digit 4 means the 2100s
        assertTrue(Cccd.problemWith("027495001234").orElseThrow().contains("tương lai"));
    }

    @Test
    void decodesTheBirthYearAndHidesTheNumberInText() {
        Cccd cccd = new Cccd("027301001234");
        assertEquals(2001, cccd.birthYear());
        assertFalse(cccd.toString().contains("301001"));
        assertThrows(IllegalArgumentException.class, () -> new Cccd("123"));
    }
}
