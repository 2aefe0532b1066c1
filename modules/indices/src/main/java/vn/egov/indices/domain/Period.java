package vn.egov.indices.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period of Vietnam time: {@code 2026} (a year), {@code 2026-Q3} (a quarter),
 * {@code 2026-07} (a month). Its days run from {@link #start()} to {@link #end()}, both included;
 * as moments, from midnight UTC+7 of the first day to midnight UTC+7 after the last.
 */
public record Period(PeriodType type, LocalDate start) implements Comparable<Period> {
    /** Vietnam's offset, which has no summer time. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

    public Period {
        if (type == null || start == null) {
            throw new IllegalArgumentException("A period needs a type and a first day");
        }
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % type.months() != 0) {
            throw new IllegalArgumentException("Not the first day of a " + type + ": " + start);
        }
    }

    /** The period of this type that holds the day. */
    public static Period of(PeriodType type, LocalDate day) {
        int month = ((day.getMonthValue() - 1) / type.months()) * type.months() + 1;
        return new Period(type, LocalDate.of(day.getYear(), month, 1));
    }

    /** The period of this type that holds the moment, read in Vietnam time. */
    public static Period at(PeriodType type, OffsetDateTime moment) {
        return of(type, moment.atZoneSameInstant(VIETNAM).toLocalDate());
    }

    /** Reads {@code 2026}, {@code 2026-Q3} or {@code 2026-07}; throws IllegalArgumentException otherwise. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a period: " + code);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Year out of range: " + code);
        }
        if (m.group(2) != null) {
            return new Period(PeriodType.QUARTER, LocalDate.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
        }
        if (m.group(3) != null) {
            return new Period(PeriodType.MONTH, LocalDate.of(year, Integer.parseInt(m.group(3)), 1));
        }
        return new Period(PeriodType.YEAR, LocalDate.of(year, 1, 1));
    }

    /** The last day, included. */
    public LocalDate end() {
        return start.plusMonths(type.months()).minusDays(1);
    }

    /** The first moment, midnight UTC+7 of the first day. */
    public OffsetDateTime from() {
        return start.atStartOfDay().atOffset(VIETNAM);
    }

    /** The first moment after the period. */
    public OffsetDateTime until() {
        return start.plusMonths(type.months()).atStartOfDay().atOffset(VIETNAM);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end());
    }

    public Period previous() {
        return new Period(type, start.minusMonths(type.months()));
    }

    public Period next() {
        return new Period(type, start.plusMonths(type.months()));
    }

    /** The period of another type that holds this one's first day (a month's quarter or year). */
    public Period within(PeriodType other) {
        return of(other, start);
    }

    /** The same period a year earlier. */
    public Period yearBefore() {
        return new Period(type, start.minusYears(1));
    }

    /** This period and the {@code count - 1} before it, oldest first. */
    public List<Period> trailing(int count) {
        List<Period> out = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            out.add(0, p);
            p = p.previous();
        }
        return out;
    }

    /** The number of the month (1–12), quarter (1–4) or 1 for a year. */
    public int number() {
        return (start.getMonthValue() - 1) / type.months() + 1;
    }

    public int year() {
        return start.getYear();
    }

    /** Whether the period has ended before the day (its figures will not change any more by new work). */
    public boolean endedBefore(LocalDate day) {
        return end().isBefore(day);
    }

    @Override
    public String toString() {
        return switch (type) {
            case YEAR -> String.valueOf(start.getYear());
            case QUARTER -> start.getYear() + "-Q" + number();
            case MONTH -> YearMonth.from(start).toString();
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : Integer.compare(type.months(), o.type.months());
    }
}
