package vn.egov.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictDateConverterTest {

    @Test
    void readsDaysWrittenTheVietnameseWay() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), StrictDateConverter.parse("01/12/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), StrictDateConverter.parse(" 1/12/2026 "));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), StrictDateConverter.parse("29/02/2028"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "31/02/2027",
                "29/02/2027",
                "00/01/2026",
                "32/01/2026",
                "01/13/2026",
                "2026-12-01",
                "12/2026",
                "mai",
                ""
            })
    void refusesDaysThatDoNotExistOrAreNotInDayMonthYear(String text) {
        assertTrue(StrictDateConverter.parse(text).isEmpty(), text);
    }
}
