package vn.egov.kernel.api;

import java.time.LocalDate;

/**
 * The province's working-day calendar: weekends, the public holidays of the Labour Code
 * (lunar ones computed), compensatory days, and the exceptions admins record each year.
 * Deadlines of every module are counted on it.
 */
public interface WorkingDayCalendar {

    boolean isWorkingDay(LocalDate day);

    /**
     * The date that lies the given number of working days after {@code start}; the start day
     * itself is not counted (a 3-working-day deadline from Friday is Wednesday).
     */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /** Working days in the half-open range (from, to]; negative when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);
}
