package vn.egov.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingAndCodesTest {
    private final Category roads = new Category("GIAO_THONG", "Giao thông", "Traffic", null, 10, 99L);

    @Test
    void aCommuneRuleWinsOverTheCategoryRuleWhichWinsOverTheDefault() {
        List<RoutingRule> rules = List.of(new RoutingRule(1L, null, 20L), new RoutingRule(1L, 7L, 30L));
        assertEquals(Optional.of(30L), Routing.agencyFor(roads, 7L, rules));
        assertEquals(Optional.of(20L), Routing.agencyFor(roads, 8L, rules));
        assertEquals(Optional.of(20L), Routing.agencyFor(roads, null, rules));
        assertEquals(Optional.of(99L), Routing.agencyFor(roads, 7L, List.of()));
        assertEquals(Optional.empty(), Routing.agencyFor(new Category("X1", "X", "X", null, 5, null), 7L, List.of()));
    }

    @Test
    void trackingCodesAreRandomReadableAndTypedCodesAreNormalised() {
        String a = TrackingCodes.next();
        String b = TrackingCodes.next();
        assertTrue(a.matches("PA-[2-9A-HJ-NP-Z]{8}"), a);
        assertNotEquals(a, b);
        assertEquals("PA-ABCD2345", TrackingCodes.normalise(" pa abcd 2345 "));
        assertEquals("PA-ABCD2345", TrackingCodes.normalise("pa-abcd2345"));
    }

    @Test
    void statusesKnowWhichAreStillOpen() {
        assertTrue(ReportStatus.IN_PROGRESS.open());
        assertTrue(ReportStatus.PUBLISHED.answered());
        assertEquals(false, ReportStatus.CLOSED.open());
        assertTrue(ReportStatus.CLOSED.canMoveTo(ReportStatus.IN_PROGRESS));
        assertEquals(false, ReportStatus.REJECTED.canMoveTo(ReportStatus.RECEIVED));
    }
}
