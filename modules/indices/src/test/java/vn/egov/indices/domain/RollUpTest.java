package vn.egov.indices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollUpTest {

    @Test
    void aUnitCountsWhatIsBookedOnItAndBelowIt() {
        // province 1; department 2; commune 3 with its people's committee 4; district 5 with commune 6 and its agency 7
        List<RollUp.Node> tree = List.of(
                new RollUp.Node(1, null),
                new RollUp.Node(2, 1L),
                new RollUp.Node(3, 1L),
                new RollUp.Node(4, 3L),
                new RollUp.Node(5, 1L),
                new RollUp.Node(6, 5L),
                new RollUp.Node(7, 6L));
        Map<Long, Map<String, Double>> booked = new HashMap<>();
        booked.put(2L, Map.of("d.received", 10.0, "d.online", 4.0));
        booked.put(4L, Map.of("d.received", 5.0, "d.online", 5.0));
        booked.put(7L, Map.of("d.received", 1.0));
        booked.put(null, Map.of("f.received", 3.0));
        booked.put(99L, Map.of("d.received", 2.0));
        Map<Long, Map<String, Double>> r = RollUp.of(tree, booked);
        assertEquals(10.0 + 5 + 1 + 2, r.get(1L).get("d.received"), "the province: everything, the unknown unit too");
        assertEquals(3.0, r.get(1L).get("f.received"), "what belongs to no unit counts for the province");
        assertEquals(10.0, r.get(2L).get("d.received"));
        assertEquals(5.0, r.get(3L).get("d.online"), "the commune counts its committee's dossiers");
        assertEquals(1.0, r.get(5L).get("d.received"), "two levels down");
        assertTrue(r.get(3L).get("f.received") == null);
        assertTrue(r.get(6L).get("d.online") == null);
    }

    @Test
    void targetsAreMetByTheirIndicatorOrTheirReportOrHaveNoMethod() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        LocalDate later = LocalDate.of(2026, 12, 31);
        LocalDate past = LocalDate.of(2026, 9, 30);
        assertEquals(TargetStatus.MET, TargetRule.status(Measure.INDICATOR, null, 52.0, 50.0, false, later, today));
        assertEquals(TargetStatus.MET, TargetRule.status(Measure.INDICATOR, null, 50.0, 50.0, false, past, today));
        assertEquals(
                TargetStatus.IN_PROGRESS, TargetRule.status(Measure.INDICATOR, null, 49.9, 50.0, false, later, today));
        assertEquals(TargetStatus.NOT_MET, TargetRule.status(Measure.INDICATOR, null, 49.9, 50.0, false, past, today));
        assertEquals(
                TargetStatus.IN_PROGRESS, TargetRule.status(Measure.INDICATOR, null, null, 50.0, false, later, today));
        assertEquals(TargetStatus.MET, TargetRule.status(Measure.INDICATOR, null, 3.0, 5.0, true, later, today));
        assertEquals(
                TargetStatus.NOT_MET,
                TargetRule.status(Measure.MANUAL, TargetStatus.NOT_MET, null, null, false, later, today));
        assertEquals(TargetStatus.NO_METHOD, TargetRule.status(Measure.NONE, null, null, null, false, past, today));
    }
}
