package vn.egov.kernel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.Message;

class WorkingDayRulesTest {
    private final WorkingDayRules computed = new WorkingDayRules(day -> null);

    @Test
    void weekendsAndFixedHolidaysAreDaysOff() {
        assertFalse(computed.isWorkingDay(LocalDate.of(2026, 11, 28)), "Saturday");
        assertFalse(computed.isWorkingDay(LocalDate.of(2026, 4, 30)));
        assertFalse(computed.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertFalse(computed.isWorkingDay(LocalDate.of(2026, 9, 2)));
        assertTrue(computed.isWorkingDay(LocalDate.of(2026, 11, 24)), "an ordinary Tuesday");
    }

    @Test
    void tetIsFiveDaysAroundTheLunarNewYear() {
        // Tết Bính Ngọ: lunar new year on Tuesday 17 February 2026
        for (int d = 16; d <= 20; d++) {
            assertFalse(computed.isWorkingDay(LocalDate.of(2026, 2, d)), "Feb " + d);
        }
        assertTrue(computed.isWorkingDay(LocalDate.of(2026, 2, 13)));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // 1 May 2027 is a Saturday: Monday 3 May is off instead
        assertEquals(
                "Nghỉ bù (Ngày Quốc tế Lao động (1/5))",
                computed.holidayName(LocalDate.of(2027, 5, 3)).in(Message.VIETNAMESE));
        assertEquals(
                "Day off in lieu of International Labour Day (1 May)",
                computed.holidayName(LocalDate.of(2027, 5, 3)).in(Locale.ENGLISH));
        assertEquals(
                "Tết Nguyên đán (mùng 1)",
                computed.holidayName(LocalDate.of(2026, 2, 17)).in(Message.VIETNAMESE));
        assertFalse(computed.isWorkingDay(LocalDate.of(2027, 5, 3)));
        assertTrue(computed.isWorkingDay(LocalDate.of(2027, 5, 4)));
    }

    @Test
    void recordedExceptionsWin() {
        Map<LocalDate, Boolean> recorded = Map.of(
                LocalDate.of(2026, 1, 2), false, // an extra day off decided by the Prime Minister
                LocalDate.of(2026, 1, 10), true); // the Saturday worked to make up for it
        WorkingDayRules rules = new WorkingDayRules(recorded::get);
        assertFalse(rules.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(rules.isWorkingDay(LocalDate.of(2026, 1, 10)));
    }

    @Test
    void deadlinesCountWorkingDaysOnly() {
        // After Friday 24 April 2026: Monday 27 is off (Hùng Kings' day fell on Sunday 26),
        // 28 and 29 are worked, 30/4 and 1/5 are holidays, then the weekend; Monday 4 May.
        assertEquals(LocalDate.of(2026, 4, 29), computed.addWorkingDays(LocalDate.of(2026, 4, 24), 2));
        assertEquals(LocalDate.of(2026, 5, 4), computed.addWorkingDays(LocalDate.of(2026, 4, 24), 3));
        assertEquals(3, computed.workingDaysBetween(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 4)));
        assertEquals(-3, computed.workingDaysBetween(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 4, 24)));
        assertEquals(LocalDate.of(2026, 4, 24), computed.addWorkingDays(LocalDate.of(2026, 4, 24), 0));
    }
}
