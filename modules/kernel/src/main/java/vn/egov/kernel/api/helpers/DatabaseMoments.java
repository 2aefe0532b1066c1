package vn.egov.kernel.api.helpers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moments in native queries: a {@code timestamptz} cell as the driver hands it (OffsetDateTime,
 * Timestamp or Instant, depending on the driver and the query), read as an OffsetDateTime; and a
 * moment written into the SQL as a literal, for a query that uses the same moment several times
 * (EclipseLink then sends the repeated parameter as text, which PostgreSQL will not compare).
 */
public final class DatabaseMoments {
    private DatabaseMoments() {}

    /** The cell as an OffsetDateTime in UTC, or null. */
    public static OffsetDateTime of(Object cell) {
        if (cell instanceof OffsetDateTime odt) {
            return odt;
        }
        if (cell instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return cell instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : null;
    }

    /** A moment as a PostgreSQL literal (ISO-8601 with its offset; made by the code, never from input). */
    public static String literal(OffsetDateTime t) {
        return "timestamptz '" + t + "'";
    }
}
