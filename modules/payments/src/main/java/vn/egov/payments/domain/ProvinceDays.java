package vn.egov.payments.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** Days as the province counts them (UTC+7): where a day, or a period of days, begins and ends. */
public final class ProvinceDays {
    private ProvinceDays() {}

    /** The first moment of the day. */
    public static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime();
    }

    /** The first moment after the day (a period's upper bound, excluded). */
    public static OffsetDateTime after(LocalDate day) {
        return start(day.plusDays(1));
    }
}
