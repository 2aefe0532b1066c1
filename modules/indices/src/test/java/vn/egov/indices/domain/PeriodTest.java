package vn.egov.indices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void codesAreReadAndWrittenBack() {
        assertEquals(new Period(PeriodType.YEAR, LocalDate.of(2026, 1, 1)), Period.parse("2026"));
        assertEquals(new Period(PeriodType.QUARTER, LocalDate.of(2026, 7, 1)), Period.parse("2026-Q3"));
        assertEquals(new Period(PeriodType.MONTH, LocalDate.of(2026, 11, 1)), Period.parse("2026-11"));
        for (String code : List.of("2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12")) {
            assertEquals(code, Period.parse(code).toString());
        }
        for (String bad : List.of("", "26", "2026-Q5", "2026-13", "2026-00", "2026-1", "1999", "2026-Q3 ", "x")) {
            if (bad.equals("2026-Q3 ")) {
                assertEquals("2026-Q3", Period.parse(bad).toString(), "spaces around are ignored");
                continue;
            }
            assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new Period(PeriodType.QUARTER, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void boundsAreMidnightInVietnamSoTheLastEveningOfAMonthInUtcBelongsToTheNextMonth() {
        Period november = Period.parse("2026-11");
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00+07:00"), november.from());
        assertEquals(OffsetDateTime.parse("2026-12-01T00:00+07:00"), november.until());
        assertEquals(LocalDate.of(2026, 11, 30), november.end());
        // 30 November 17:30 UTC is 1 December 00:30 in Hanoi: December's
        assertEquals(Period.parse("2026-12"), Period.at(PeriodType.MONTH, OffsetDateTime.parse("2026-11-30T17:30Z")));
        assertEquals(november, Period.at(PeriodType.MONTH, OffsetDateTime.parse("2026-11-30T16:59:59Z")));
        assertEquals(Period.parse("2027-Q1"), Period.at(PeriodType.QUARTER, OffsetDateTime.parse("2026-12-31T17:00Z")));
        assertEquals(Period.parse("2027"), Period.at(PeriodType.YEAR, OffsetDateTime.parse("2026-12-31T17:00Z")));
    }

    @Test
    void periodsStepAndNest() {
        assertEquals(Period.parse("2025-12"), Period.parse("2026-01").previous());
        assertEquals(Period.parse("2026-Q1"), Period.parse("2025-Q4").next());
        assertEquals(Period.parse("2026-Q2"), Period.parse("2026-05").within(PeriodType.QUARTER));
        assertEquals(Period.parse("2026"), Period.parse("2026-Q4").within(PeriodType.YEAR));
        assertEquals(Period.parse("2025-Q3"), Period.parse("2026-Q3").yearBefore());
        assertEquals(
                List.of(Period.parse("2026-Q2"), Period.parse("2026-Q3"), Period.parse("2026-Q4")),
                Period.parse("2026-Q4").trailing(3));
        assertEquals(LocalDate.of(2024, 2, 29), Period.parse("2024-02").end(), "leap year");
        assertEquals(LocalDate.of(2026, 9, 30), Period.parse("2026-Q3").end());
        assertTrue(Period.parse("2026-Q3").contains(LocalDate.of(2026, 9, 30)));
        assertFalse(Period.parse("2026-Q3").contains(LocalDate.of(2026, 10, 1)));
        assertTrue(Period.parse("2026-10").endedBefore(LocalDate.of(2026, 11, 1)));
        assertFalse(Period.parse("2026-10").endedBefore(LocalDate.of(2026, 10, 31)));
        assertEquals(3, Period.parse("2026-Q3").number());
    }
}
