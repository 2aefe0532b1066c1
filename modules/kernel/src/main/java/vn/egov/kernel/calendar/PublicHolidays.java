package vn.egov.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Message;

/**
 * The public holidays fixed by the Labour Code 2019 (article 112), with the compensatory days
 * off its clause 3 grants when a holiday falls on a weekend. Yearly decisions of the Prime
 * Minister (which days around Tết and National Day, swapped working Saturdays) are not rules:
 * admins record them as calendar exceptions, which win over what is computed here.
 */
public final class PublicHolidays {

    private PublicHolidays() {}

    /**
     * The holidays of a solar year, including compensatory days, each with its name (a message of
     * the kernel's bundle, read in the reader's language).
     */
    public static Map<LocalDate, Message> of(int year) {
        Map<LocalDate, Message> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), KernelRefusal.text("holiday.newYear"));
        LocalDate tet = LunarCalendar.newYear(year);
        days.put(tet.minusDays(1), KernelRefusal.text("holiday.tetEve"));
        for (int i = 0; i < 4; i++) {
            days.put(tet.plusDays(i), KernelRefusal.text("holiday.tet", i + 1));
        }
        days.put(LunarCalendar.toSolar(10, 3, year), KernelRefusal.text("holiday.hungKings"));
        days.put(LocalDate.of(year, 4, 30), KernelRefusal.text("holiday.victory"));
        days.put(LocalDate.of(year, 5, 1), KernelRefusal.text("holiday.labour"));
        days.put(LocalDate.of(year, 9, 1), KernelRefusal.text("holiday.nationalDayEve"));
        days.put(LocalDate.of(year, 9, 2), KernelRefusal.text("holiday.nationalDay"));
        addCompensatoryDays(days);
        return days;
    }

    private static void addCompensatoryDays(Map<LocalDate, Message> days) {
        long owed = days.keySet().stream().filter(PublicHolidays::isWeekend).count();
        if (owed == 0) {
            return;
        }
        // Each holiday on a weekend gives one day off on the next working day after it.
        Map<LocalDate, Message> extra = new TreeMap<>();
        for (LocalDate day : days.keySet()) {
            if (!isWeekend(day)) {
                continue;
            }
            LocalDate next = day.plusDays(1);
            while (isWeekend(next) || days.containsKey(next) || extra.containsKey(next)) {
                next = next.plusDays(1);
            }
            extra.put(next, KernelRefusal.text("holiday.compensatory", days.get(day)));
        }
        days.putAll(extra);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
