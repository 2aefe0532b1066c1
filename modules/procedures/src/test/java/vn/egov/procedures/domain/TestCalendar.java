package vn.egov.procedures.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import vn.egov.kernel.api.WorkingDayCalendar;

/**
 * Weekends off, plus the days given: a stand-in for the kernel's calendar (whose own tests check
 * the Labour Code's holidays and the lunar Tết), so that these tests say which days they rely on.
 */
final class TestCalendar implements WorkingDayCalendar {
    private final Set<LocalDate> off;

    TestCalendar(LocalDate... off) {
        this.off = Set.of(off);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !off.contains(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate d = start;
        for (int left = workingDays; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
