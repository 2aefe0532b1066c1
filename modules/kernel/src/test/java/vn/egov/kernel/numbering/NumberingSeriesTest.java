package vn.egov.kernel.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.testing.TestDatabase;

class NumberingSeriesTest {

    @Test
    void formatsWithPrefixYearAndSixDigits() {
        assertEquals("HS-2026-000042", NumberingSeries.format("HS", "2026", 42));
    }

    @Test
    void numbersFollowEachOtherPerSeries() {
        String year = String.valueOf(Year.now(NumberingSeries.VIETNAM).getValue());
        String first = next("TEST-A", "A");
        String second = next("TEST-A", "A");
        String other = next("TEST-B", "B");
        assertEquals("A-" + year + "-000001", first);
        assertEquals("A-" + year + "-000002", second);
        assertEquals("B-" + year + "-000001", other);
    }

    @Test
    void aRolledBackAllocationIsNotUsedUp() {
        var em = TestDatabase.unit("kernel").createEntityManager();
        em.getTransaction().begin();
        NumberingSeries series = new NumberingSeries();
        series.em = em;
        series.next("TEST-C", "C");
        em.getTransaction().rollback();
        em.close();
        assertEquals(1, Integer.parseInt(next("TEST-C", "C").substring(7)));
    }

    private static String next(String code, String prefix) {
        return TestDatabase.inTransaction("kernel", em -> {
            NumberingSeries series = new NumberingSeries();
            series.em = em;
            return series.next(code, prefix);
        });
    }

    /**
     * Dossier codes restart daily per receiving unit: twelve desks' clerks taking numbers of one day
     * at once (some of them rolling back) get every number once, without a gap, and the next day
     * starts at 1 again.
     */
    @Test
    void dailyPeriodsGiveEachNumberOnceUnderConcurrencyAndRestartTheNextDay() throws Exception {
        int threads = 12;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                go.await();
                List<Long> kept = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    var em = TestDatabase.unit("kernel").createEntityManager();
                    try {
                        em.getTransaction().begin();
                        NumberingSeries series = new NumberingSeries();
                        series.em = em;
                        long n = series.nextInPeriod("dossier:000.00.12.H05", "261202");
                        if (thread % 3 == 0 && i % 4 == 0) {
                            em.getTransaction().rollback();
                        } else {
                            em.getTransaction().commit();
                            kept.add(n);
                        }
                    } finally {
                        em.close();
                    }
                }
                return kept;
            }));
        }
        go.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Collections.sort(all);
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= all.size(); n++) {
            expected.add(n);
        }
        assertEquals(expected, all, "every committed number once, none skipped");
        long nextDay = TestDatabase.inTransaction("kernel", em -> {
            NumberingSeries series = new NumberingSeries();
            series.em = em;
            return series.nextInPeriod("dossier:000.00.12.H05", "261203");
        });
        assertEquals(1, nextDay);
        assertThrows(IllegalArgumentException.class, () -> new NumberingSeries().nextInPeriod("x", "123456789"));
    }
}
