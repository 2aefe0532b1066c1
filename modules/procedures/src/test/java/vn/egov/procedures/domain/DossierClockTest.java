package vn.egov.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The legal clock: receipt before and after the late-receipt time, hours, holidays and Tết, pause and resume. */
class DossierClockTest {
    private static final DossierClock PLAIN = new DossierClock(new TestCalendar(), DossierClock.OfficeHours.DEFAULT);

    private static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + "+07:00");
    }

    @Test
    void threeWorkingDaysFromAMondayMorningEndThursdayAtClose() {
        // Monday 7 December 2026, 09:00
        assertEquals(at("2026-12-10T17:00:00"), PLAIN.dueAt(at("2026-12-07T09:00:00"), 3, DeadlineUnit.DAYS));
    }

    @Test
    void aReceiptFromTheLateTimeCountsFromTheNextWorkingDay() {
        assertEquals(at("2026-12-10T17:00:00"), PLAIN.dueAt(at("2026-12-07T14:59:00"), 3, DeadlineUnit.DAYS));
        assertEquals(at("2026-12-11T17:00:00"), PLAIN.dueAt(at("2026-12-07T15:00:00"), 3, DeadlineUnit.DAYS));
        // Friday afternoon: counted from Monday, due Thursday
        assertEquals(at("2026-12-17T17:00:00"), PLAIN.dueAt(at("2026-12-11T16:30:00"), 3, DeadlineUnit.DAYS));
    }

    @Test
    void aNewDateEndsAtTheCloseOfOfficeHours() {
        assertEquals(at("2026-12-10T17:00:00"), PLAIN.closeOf(LocalDate.of(2026, 12, 10)));
    }

    @Test
    void aWeekendReceiptCountsFromMonday() {
        assertEquals(at("2026-12-15T17:00:00"), PLAIN.dueAt(at("2026-12-12T10:00:00"), 1, DeadlineUnit.DAYS));
    }

    @Test
    void theAdminsLateTimeIsTheRule() {
        DossierClock noon = new DossierClock(
                new TestCalendar(),
                new DossierClock.OfficeHours(
                        java.time.LocalTime.of(8, 0), java.time.LocalTime.of(17, 0), java.time.LocalTime.of(12, 0)));
        assertEquals(at("2026-12-09T17:00:00"), noon.dueAt(at("2026-12-07T13:00:00"), 1, DeadlineUnit.DAYS));
        assertEquals(at("2026-12-08T17:00:00"), noon.dueAt(at("2026-12-07T11:00:00"), 1, DeadlineUnit.DAYS));
    }

    @Test
    void hoursRunThroughOfficeHoursOnly() {
        // 2 working hours from Monday 16:00: one hour Monday (to 17:00), one Tuesday from 07:30
        assertEquals(at("2026-12-08T08:30:00"), PLAIN.dueAt(at("2026-12-07T16:00:00"), 2, DeadlineUnit.HOURS));
        // before opening: from 07:30
        assertEquals(at("2026-12-07T09:30:00"), PLAIN.dueAt(at("2026-12-07T06:00:00"), 2, DeadlineUnit.HOURS));
    }

    @Test
    void holidaysAndTetAreSkipped() {
        // Tết Đinh Mùi: the lunar new year falls on Saturday 6 February 2027; say the office is closed
        // Thursday 4 to Wednesday 10 February
        LocalDate[] tet = {
            LocalDate.of(2027, 2, 4),
            LocalDate.of(2027, 2, 5),
            LocalDate.of(2027, 2, 8),
            LocalDate.of(2027, 2, 9),
            LocalDate.of(2027, 2, 10)
        };
        DossierClock clock = new DossierClock(new TestCalendar(tet), DossierClock.OfficeHours.DEFAULT);
        // received Wednesday 3 February morning, 3 working days: Thursday 11, Friday 12, Monday 15
        assertEquals(at("2027-02-15T17:00:00"), clock.dueAt(at("2027-02-03T09:00:00"), 3, DeadlineUnit.DAYS));
        // received on a holiday: counted from Thursday 11
        assertEquals(at("2027-02-12T17:00:00"), clock.dueAt(at("2027-02-05T09:00:00"), 1, DeadlineUnit.DAYS));
        // from Wednesday before Tết to Thursday after it: the office hours of those two days only
        assertEquals(2 * 570, clock.workingMinutesBetween(at("2027-02-03T07:30:00"), at("2027-02-11T17:00:00")));
    }

    @Test
    void aPauseMovesTheDueTimeByTheWorkingTimePaused() {
        OffsetDateTime due = at("2026-12-10T17:00:00");
        // paused Tuesday 10:00, resumed Thursday 10:00: two working days of office hours
        long paused = PLAIN.workingMinutesBetween(at("2026-12-08T10:00:00"), at("2026-12-10T10:00:00"));
        assertEquals(2 * 570, paused);
        assertEquals(at("2026-12-14T17:00:00"), PLAIN.addWorkingMinutes(due, paused));
        // paused over a weekend from Friday 16:00 to Monday 08:30: one hour of Friday, one of Monday
        assertEquals(120, PLAIN.workingMinutesBetween(at("2026-12-11T16:00:00"), at("2026-12-14T08:30:00")));
        assertEquals(due, PLAIN.addWorkingMinutes(due, 0));
    }

    @Test
    void completionIsEarlyOnTimeOrLate() {
        OffsetDateTime due = at("2026-12-10T17:00:00");
        assertEquals(OnTimeClass.EARLY, DossierClock.classify(at("2026-12-09T16:00:00"), due));
        assertEquals(OnTimeClass.ON_TIME, DossierClock.classify(at("2026-12-10T08:00:00"), due));
        assertEquals(OnTimeClass.ON_TIME, DossierClock.classify(due, due));
        assertEquals(OnTimeClass.LATE, DossierClock.classify(at("2026-12-10T17:01:00"), due));
    }

    @Test
    void theCountdownIsInWorkingTime() {
        OffsetDateTime due = at("2026-12-10T17:00:00");
        assertEquals(570 + 120, PLAIN.minutesLeft(at("2026-12-09T15:00:00"), due));
        assertEquals(-60, PLAIN.minutesLeft(at("2026-12-11T08:30:00"), due));
        assertEquals(1, PLAIN.days(570 + 120));
    }
}
