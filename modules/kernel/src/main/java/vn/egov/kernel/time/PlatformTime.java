package vn.egov.kernel.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the platform: every module injects {@code java.time.Clock} and reads the time
 * from it ({@code Instant.now(clock)}, {@code OffsetDateTime.now(clock)}), never from the system
 * directly, so that a test moves time instead of waiting for it (an alternative producer with a
 * higher priority replaces this one). Dates shown to people are in Asia/Ho_Chi_Minh
 * ({@code VietnameseDates.ZONE}); this clock keeps the server's zone, as stored times are
 * {@code timestamptz}.
 */
@ApplicationScoped
public class PlatformTime {
    private final Clock clock = Clock.systemDefaultZone();

    @Produces
    Clock clock() {
        return clock;
    }
}
