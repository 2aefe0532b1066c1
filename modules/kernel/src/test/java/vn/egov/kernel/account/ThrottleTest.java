package vn.egov.kernel.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.testing.TestDatabase;

/** The delays, on the database every server shares. */
class ThrottleTest {
    private final Instant t0 = Instant.parse("2026-12-01T08:00:00Z");
    private final Throttle throttle = new Throttle("test");

    private Duration waitFor(String key, Instant at) {
        return TestDatabase.inTransaction("kernel", em -> throttle.wait(em, key, 5, at));
    }

    private void fail(String key, Instant at) {
        TestDatabase.run("kernel", em -> throttle.failed(em, key, at));
    }

    @Test
    void failuresUpToTheFreeOnesCostNothingThenEachWaitsTwiceAsLong() {
        String k = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, waitFor(k, t0));
            fail(k, t0);
        }
        assertEquals(Duration.ofSeconds(1), waitFor(k, t0));
        assertEquals(Duration.ZERO, waitFor(k, t0.plusSeconds(1)));
        fail(k, t0.plusSeconds(1));
        assertEquals(Duration.ofSeconds(2), waitFor(k, t0.plusSeconds(1)));
        assertEquals(Duration.ofSeconds(1), waitFor(k, t0.plusSeconds(2)));
    }

    @Test
    void theDelayStopsGrowingAtTheCapAndASuccessClearsIt() {
        String k = UUID.randomUUID().toString();
        for (int i = 0; i < 40; i++) {
            fail(k, t0);
        }
        assertEquals(Throttle.CAP, waitFor(k, t0));
        TestDatabase.run("kernel", em -> throttle.cleared(em, k));
        assertEquals(Duration.ZERO, waitFor(k, t0));
    }

    @Test
    void oneKeysFailuresDoNotSlowAnotherAndOldOnesAreForgotten() {
        String stranger = UUID.randomUUID().toString();
        for (int i = 0; i < 10; i++) {
            fail(stranger, t0);
        }
        assertEquals(Duration.ZERO, waitFor(UUID.randomUUID().toString(), t0));
        assertEquals(
                Duration.ZERO,
                new Throttle("other").wait(TestDatabase.unit("kernel").createEntityManager(), stranger, 5, t0),
                "another kind's keys never meet these");
        Instant dayLater = t0.plus(Throttle.MEMORY).plusSeconds(1);
        assertEquals(Duration.ZERO, waitFor(stranger, dayLater), "a day later it starts over");
        fail(stranger, dayLater);
        assertEquals(Duration.ZERO, waitFor(stranger, dayLater), "one failure after a day is the first again");
        int forgotten = TestDatabase.inTransaction(
                "kernel",
                em -> Throttle.forgetOld(em, dayLater.plus(Throttle.MEMORY).plusSeconds(1)));
        org.junit.jupiter.api.Assertions.assertTrue(forgotten >= 1);
    }

    @Test
    void failuresOnSeveralServersAtOnceAllCount() throws Exception {
        String k = UUID.randomUUID().toString();
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService servers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(servers.submit(() -> {
                    start.await();
                    fail(k, t0);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            servers.shutdownNow();
        }
        assertEquals(Duration.ofSeconds(8), waitFor(k, t0), "8 failures, 5 free: the fourth delay, 8 s");
    }
}
