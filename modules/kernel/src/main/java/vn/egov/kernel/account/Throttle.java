package vn.egov.kernel.account;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Growing delays instead of locks: after a number of free failures under one key (an address, an
 * account, or both), each further attempt must wait twice as long as the one before, up to a cap,
 * counted from the last failure. A stranger can slow his own guessing, not lock anyone out.
 * The counts are kept in the database ({@code kernel.throttle}), so every server of a cluster
 * sees the same ones and a restart forgets nothing; the caller's transaction writes them. Used for
 * sign-in and registration; "failed" is any counted attempt.
 */
public final class Throttle {
    static final Duration CAP = Duration.ofMinutes(15);
    /** A key without failures for this long starts over (and is deleted by the hourly purge). */
    public static final Duration MEMORY = Duration.ofHours(24);

    private final String kind;

    /** @param kind what is counted ({@code signin}, {@code registration}): keys of different kinds never meet */
    public Throttle(String kind) {
        this.kind = kind;
    }

    /** How long an attempt under the key must still wait (zero: it may go ahead). */
    public Duration wait(EntityManager em, String key, int free, Instant now) {
        List<?> rows = em.createNativeQuery("select failures, last_failure from kernel.throttle where key = ?1")
                .setParameter(1, kind + ":" + key)
                .getResultList();
        if (rows.isEmpty()) {
            return Duration.ZERO;
        }
        Object[] row = (Object[]) rows.get(0);
        int failures = ((Number) row[0]).intValue();
        Instant last = lastFailure(row[1]);
        if (failures < free || last.plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, last.plus(delay(failures - free)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Counts a failure under the key; concurrent failures on any server all count (one upsert each). */
    public void failed(EntityManager em, String key, Instant now) {
        em.createNativeQuery("""
                insert into kernel.throttle (key, failures, last_failure) values (?1, 1, ?2)
                on conflict (key) do update set failures = case when kernel.throttle.last_failure < ?3 then 1
                else kernel.throttle.failures + 1 end, last_failure = excluded.last_failure""")
                .setParameter(1, kind + ":" + key)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .setParameter(3, now.minus(MEMORY).atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public void cleared(EntityManager em, String key) {
        em.createNativeQuery("delete from kernel.throttle where key = ?1")
                .setParameter(1, kind + ":" + key)
                .executeUpdate();
    }

    /** Deletes the counts of keys without failures for {@link #MEMORY}; answers how many. */
    public static int forgetOld(EntityManager em, Instant now) {
        return em.createNativeQuery("delete from kernel.throttle where last_failure < ?1")
                .setParameter(1, now.minus(MEMORY).atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** 1 s for the first failure past the free ones, then 2, 4, 8 s... up to {@link #CAP}. */
    static Duration delay(int beyondFree) {
        if (beyondFree >= 20) {
            return CAP;
        }
        Duration delay = Duration.ofSeconds(1L << beyondFree);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    private static Instant lastFailure(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
