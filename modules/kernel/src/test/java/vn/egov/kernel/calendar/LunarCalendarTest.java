package vn.egov.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    // Published dates of Tết Nguyên đán (lunar 1/1) and Giỗ Tổ Hùng Vương (lunar 10/3).
    @ParameterizedTest
    @CsvSource({
        "2024, 2024-02-10, 2024-04-18",
        "2025, 2025-01-29, 2025-04-07",
        "2026, 2026-02-17, 2026-04-26",
        "2027, 2027-02-06, 2027-04-16",
    })
    void tetAndHungKingsDayMatchThePublishedDates(int year, LocalDate tet, LocalDate hungKings) {
        assertEquals(tet, LunarCalendar.newYear(year));
        assertEquals(hungKings, LunarCalendar.toSolar(10, 3, year));
    }

    @ParameterizedTest
    @CsvSource({
        // 2007: Vietnam's Tết fell a day before China's (time zone UTC+7 vs UTC+8)
        "2007, 2007-02-17",
        "1985, 1985-01-21",
        // 2023 has a leap second month; Hùng Kings' day comes after it
        "2023, 2023-01-22",
    })
    void newYearInVietnamTimeZone(int year, LocalDate tet) {
        assertEquals(tet, LunarCalendar.newYear(year));
    }

    @org.junit.jupiter.api.Test
    void monthsAfterALeapMonthAreShifted() {
        // 2023 had a leap 2nd lunar month; 10/3 lunar was 29 April 2023.
        assertEquals(LocalDate.of(2023, 4, 29), LunarCalendar.toSolar(10, 3, 2023));
    }
}
