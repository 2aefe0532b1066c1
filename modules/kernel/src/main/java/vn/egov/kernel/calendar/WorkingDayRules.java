package vn.egov.kernel.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.WorkingDayCalendar;

/** Working-day arithmetic over the computed holidays, with recorded exceptions taking precedence. */
public class WorkingDayRules implements WorkingDayCalendar {
    private final Function<LocalDate, Boolean> exception;
    /** Computed holidays depend on the year alone, so every calendar shares them. */
    private static final Map<Integer, Map<LocalDate, Message>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    /** @param exception the recorded working flag of a day, or null where none is recorded */
    public WorkingDayRules(Function<LocalDate, Boolean> exception) {
        this.exception = exception;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Boolean recorded = exception.apply(day);
        if (recorded != null) {
            return recorded;
        }
        return !PublicHolidays.isWeekend(day) && !holidays(day.getYear()).containsKey(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate day = start;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The computed holiday name of a day (read it in the reader's language), or null. */
    public Message holidayName(LocalDate day) {
        return holidays(day.getYear()).get(day);
    }

    private static Map<LocalDate, Message> holidays(int year) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(year, PublicHolidays::of);
    }
}
