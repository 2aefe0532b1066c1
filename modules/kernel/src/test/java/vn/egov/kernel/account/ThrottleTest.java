package vn.egov.kernel.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    private final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void failuresUpToTheFreeOnesCostNothingThenEachWaitsTwiceAsLong() {
        Throttle throttle = new Throttle();
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.wait("k", 5, t0));
            throttle.failed("k", t0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.wait("k", 5, t0));
        assertEquals(Duration.ZERO, throttle.wait("k", 5, t0.plusSeconds(1)));
        throttle.failed("k", t0.plusSeconds(1));
        assertEquals(Duration.ofSeconds(2), throttle.wait("k", 5, t0.plusSeconds(1)));
        assertEquals(Duration.ofSeconds(1), throttle.wait("k", 5, t0.plusSeconds(2)));
    }

    @Test
    void theDelayStopsGrowingAtTheCapAndASuccessClearsIt() {
        Throttle throttle = new Throttle();
        for (int i = 0; i < 40; i++) {
            throttle.failed("k", t0);
        }
        assertEquals(Throttle.CAP, throttle.wait("k", 5, t0));
        throttle.cleared("k");
        assertEquals(Duration.ZERO, throttle.wait("k", 5, t0));
    }

    @Test
    void oneKeysFailuresDoNotSlowAnotherAndOldOnesAreForgotten() {
        Throttle throttle = new Throttle();
        for (int i = 0; i < 10; i++) {
            throttle.failed("stranger", t0);
        }
        assertEquals(Duration.ZERO, throttle.wait("owner", 5, t0));
        throttle.failed("stranger", t0.plus(Throttle.MEMORY).plusSeconds(1));
        assertEquals(Duration.ZERO, throttle.wait("stranger", 5, t0.plus(Throttle.MEMORY).plusSeconds(1)), "a day later it starts over");
    }
}
