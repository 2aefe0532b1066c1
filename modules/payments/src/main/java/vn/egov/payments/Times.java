package vn.egov.payments;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamptz cell of a native query as an OffsetDateTime, whatever type the driver gave. */
final class Times {
    private Times() {}

    static OffsetDateTime of(Object cell) {
        if (cell instanceof OffsetDateTime odt) {
            return odt;
        }
        if (cell instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return cell instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC) : null;
    }
}
