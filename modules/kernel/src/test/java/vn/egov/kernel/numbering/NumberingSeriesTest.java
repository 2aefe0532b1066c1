package vn.egov.kernel.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
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
}
