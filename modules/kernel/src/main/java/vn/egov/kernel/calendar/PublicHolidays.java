package vn.egov.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays fixed by the Labour Code 2019 (article 112), with the compensatory days
 * off its clause 3 grants when a holiday falls on a weekend. Yearly decisions of the Prime
 * Minister (which days around Tết and National Day, swapped working Saturdays) are not rules:
 * admins record them as calendar exceptions, which win over what is computed here.
 */
public final class PublicHolidays {

    private PublicHolidays() {}

    /** The holidays of a solar year, including compensatory days, each with its Vietnamese name. */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.newYear(year);
        days.put(tet.minusDays(1), "Tết Nguyên đán (30 Tết)");
        for (int i = 0; i < 4; i++) {
            days.put(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
        }
        days.put(LunarCalendar.toSolar(10, 3, year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        days.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        days.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        days.put(LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề)");
        days.put(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");
        addCompensatoryDays(days);
        return days;
    }

    private static void addCompensatoryDays(Map<LocalDate, String> days) {
        long owed = days.keySet().stream().filter(PublicHolidays::isWeekend).count();
        if (owed == 0) {
            return;
        }
        // Each holiday on a weekend gives one day off on the next working day after it.
        Map<LocalDate, String> extra = new TreeMap<>();
        for (LocalDate day : days.keySet()) {
            if (!isWeekend(day)) {
                continue;
            }
            LocalDate next = day.plusDays(1);
            while (isWeekend(next) || days.containsKey(next) || extra.containsKey(next)) {
                next = next.plusDays(1);
            }
            extra.put(next, "Nghỉ bù (" + days.get(day) + ")");
        }
        days.putAll(extra);
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
