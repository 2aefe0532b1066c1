package vn.egov.kernel.api.helpers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Dates and moments written the way people in Vietnam read them (dd/MM/yyyy, Vietnam time). */
public final class VietnameseDates {
    /** The province's time zone; every deadline and every shown moment is in it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private VietnameseDates() {}

    /** {@code 01/12/2026}; empty for null. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** {@code 01/12/2026 08:30:00} in Vietnam time, for an Instant or any offset date-time; empty for null. */
    public static String moment(TemporalAccessor at) {
        return at == null ? "" : MOMENT.format(at);
    }
}
