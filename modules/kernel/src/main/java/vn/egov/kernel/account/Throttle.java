package vn.egov.kernel.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays instead of locks: after a number of free failures under one key (an address, an
 * account, or both), each further attempt must wait twice as long as the one before, up to a cap,
 * counted from the last failure. A stranger can slow his own guessing, not lock anyone out.
 * Kept in memory: a restart forgets the counts (each server of a cluster keeps its own). Used for
 * sign-in and registration; "failed" is any counted attempt.
 */
public final class Throttle {
    static final Duration CAP = Duration.ofMinutes(15);
    /** A key without failures for this long is forgotten. */
    static final Duration MEMORY = Duration.ofHours(24);
    private static final int MAX_KEYS = 200_000;

    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    /** How long an attempt under the key must still wait (zero: it may go ahead). */
    public Duration wait(String key, int free, Instant now) {
        Failures failures = byKey.get(key);
        if (failures == null || failures.count() < free) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, failures.last().plus(delay(failures.count() - free)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    public void failed(String key, Instant now) {
        if (byKey.size() > MAX_KEYS) {
            forgetOld(now);
        }
        byKey.merge(key, new Failures(1, now), (old, one) -> old.last().plus(MEMORY).isBefore(now) ? one
            : new Failures(old.count() + 1, now));
    }

    public void cleared(String key) {
        byKey.remove(key);
    }

    /** 1 s for the first failure past the free ones, then 2, 4, 8 s... up to {@link #CAP}. */
    static Duration delay(int beyondFree) {
        if (beyondFree >= 20) {
            return CAP;
        }
        Duration delay = Duration.ofSeconds(1L << beyondFree);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    private void forgetOld(Instant now) {
        byKey.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
    }

    private record Failures(int count, Instant last) {
    }
}
