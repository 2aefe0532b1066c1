package vn.egov.procedures;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments in native queries: a timestamptz cell as the driver hands it, read as an OffsetDateTime;
 * and a moment written into the SQL as a literal, since EclipseLink sends time parameters of native
 * queries as text without their offset.
 */
final class Times {
    private Times() {}

    /** A moment as a PostgreSQL literal (ISO-8601 with its offset; made by the code, never from input). */
    static String literal(OffsetDateTime t) {
        return "timestamptz '" + t + "'";
    }

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
