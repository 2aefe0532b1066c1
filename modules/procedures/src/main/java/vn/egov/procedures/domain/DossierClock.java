package vn.egov.procedures.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * A dossier's legal clock over the province's working-day calendar and office hours (UTC+7).
 *
 * <ul>
 *   <li>A deadline in working days runs from the day of receipt when the dossier was received on a
 *       working day before {@code lateFrom}, otherwise from the next working day; it ends at the close
 *       of office hours on the last working day (3 working days from a Monday morning: Thursday's close).
 *   <li>A deadline in working hours runs from the moment of receipt (moved to the next opening when
 *       outside office hours) through office hours only.
 *   <li>While the citizen completes his dossier the clock is paused; on resubmission the due time moves
 *       by the working time that was paused ({@link #workingMinutesBetween}, {@link #addWorkingMinutes}).
 * </ul>
 */
public final class DossierClock {
    private static final ZoneId ZONE = VietnameseDates.ZONE;

    private final WorkingDayCalendar calendar;
    private final OfficeHours hours;

    /**
     * @param opens    office hours start
     * @param closes   office hours end (a day deadline ends then)
     * @param lateFrom a dossier received at or after this time counts from the next working day
     */
    public record OfficeHours(LocalTime opens, LocalTime closes, LocalTime lateFrom) {
        public OfficeHours {
            if (!opens.isBefore(closes)) {
                throw new IllegalArgumentException("Office hours must open before they close");
            }
        }

        public static final OfficeHours DEFAULT =
                new OfficeHours(LocalTime.of(7, 30), LocalTime.of(17, 0), LocalTime.of(15, 0));

        public long minutesPerDay() {
            return ChronoUnit.MINUTES.between(opens, closes);
        }
    }

    public DossierClock(WorkingDayCalendar calendar, OfficeHours hours) {
        this.calendar = calendar;
        this.hours = hours;
    }

    /** When a dossier received at {@code receivedAt} is due. */
    public OffsetDateTime dueAt(OffsetDateTime receivedAt, int amount, DeadlineUnit unit) {
        if (amount < 1) {
            throw new IllegalArgumentException("A deadline is at least 1");
        }
        LocalDateTime local = local(receivedAt);
        if (unit == DeadlineUnit.HOURS) {
            return addWorkingMinutes(receivedAt, amount * 60L);
        }
        LocalDate day = local.toLocalDate();
        if (!calendar.isWorkingDay(day) || !local.toLocalTime().isBefore(hours.lateFrom())) {
            day = nextWorkingDay(day);
        }
        return closeOf(calendar.addWorkingDays(day, amount));
    }

    /** The close of office hours on a day: when a deadline (or a new date an extension gives) ends. */
    public OffsetDateTime closeOf(LocalDate day) {
        return atZone(day.atTime(hours.closes()));
    }

    /** Working minutes (office hours of working days) in [from, to); 0 when {@code to} is not after {@code from}. */
    public long workingMinutesBetween(OffsetDateTime from, OffsetDateTime to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime a = local(from);
        LocalDateTime b = local(to);
        long minutes = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            LocalDateTime open = day.atTime(hours.opens());
            LocalDateTime close = day.atTime(hours.closes());
            LocalDateTime start = a.isAfter(open) ? a : open;
            LocalDateTime end = b.isBefore(close) ? b : close;
            if (end.isAfter(start)) {
                minutes += ChronoUnit.MINUTES.between(start, end);
            }
        }
        return minutes;
    }

    /** The moment {@code minutes} working minutes after {@code from}; {@code from} itself for 0. */
    public OffsetDateTime addWorkingMinutes(OffsetDateTime from, long minutes) {
        if (minutes <= 0) {
            return from;
        }
        LocalDateTime t = local(from);
        long left = minutes;
        while (true) {
            LocalDate day = t.toLocalDate();
            if (calendar.isWorkingDay(day)) {
                LocalDateTime open = day.atTime(hours.opens());
                LocalDateTime close = day.atTime(hours.closes());
                LocalDateTime start = t.isAfter(open) ? t : open;
                if (start.isBefore(close)) {
                    long available = ChronoUnit.MINUTES.between(start, close);
                    if (left <= available) {
                        return atZone(start.plusMinutes(left));
                    }
                    left -= available;
                }
            }
            t = nextWorkingDay(day).atTime(hours.opens());
        }
    }

    /** Early (finished before the due day), on time (by the due moment) or late. */
    public static OnTimeClass classify(OffsetDateTime completedAt, OffsetDateTime dueAt) {
        if (completedAt.isAfter(dueAt)) {
            return OnTimeClass.LATE;
        }
        return local(completedAt).toLocalDate().isBefore(local(dueAt).toLocalDate())
                ? OnTimeClass.EARLY
                : OnTimeClass.ON_TIME;
    }

    /** Working minutes left until the due time (negative when late), for the countdown. */
    public long minutesLeft(OffsetDateTime now, OffsetDateTime dueAt) {
        return now.isAfter(dueAt) ? -workingMinutesBetween(dueAt, now) : workingMinutesBetween(now, dueAt);
    }

    /** Working minutes in a working day. */
    public long minutesPerDay() {
        return hours.minutesPerDay();
    }

    /** Whole working days in a count of working minutes, for the countdown shown to people. */
    public long days(long workingMinutes) {
        return workingMinutes / hours.minutesPerDay();
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    private static OffsetDateTime atZone(LocalDateTime t) {
        return t.atZone(ZONE).toOffsetDateTime();
    }
}
