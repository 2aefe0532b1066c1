package vn.egov.indices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring rules, units, expressions, colour bands and the scorecard, with values worked out by hand. */
class ScoringTest {
    private static final double E = 1e-9;

    @Test
    void theRuleOf766GivesFullPointsFromTheThresholdAndAShareBelowIt() {
        ScoringRule r = ScoringRule.THRESHOLD;
        assertEquals(8, r.points(50, 50.0, 8), E);
        assertEquals(8, r.points(73, 50.0, 8), E);
        // 40 % of a 50 % threshold: 40 x 8 / 50 = 6.4
        assertEquals(6.4, r.points(40, 50.0, 8), E);
        assertEquals(0, r.points(0, 50.0, 8), E);
        // no threshold: 100
        assertEquals(3.5, r.points(87.5, null, 4), E);
    }

    @Test
    void theOtherRules() {
        assertEquals(4.5, ScoringRule.PROPORTIONAL.points(75, null, 6), E);
        assertEquals(6, ScoringRule.ALL_OR_NOTHING.points(90, 90.0, 6), E);
        assertEquals(0, ScoringRule.ALL_OR_NOTHING.points(89.99, 90.0, 6), E);
        assertEquals(10, ScoringRule.LOWER_IS_BETTER.points(4, 5.0, 10), E);
        // 10 % late against at most 5 %: 10 x 5 / 10 = 5
        assertEquals(5, ScoringRule.LOWER_IS_BETTER.points(10, 5.0, 10), E);
        assertEquals(30, ScoringRule.DIRECT.points(45, null, 30), E, "capped at the maximum");
        assertEquals(12.5, ScoringRule.DIRECT.points(12.5, null, 30), E);
    }

    @Test
    void unitsTurnNumeratorAndDenominatorIntoAValue() {
        assertEquals(25.0, IndicatorUnit.PERCENT.value(1.0, 4.0, true), E);
        assertNull(IndicatorUnit.PERCENT.value(1.0, 0.0, true), "nothing to divide by: no data");
        assertNull(IndicatorUnit.PERCENT.value(null, 4.0, true));
        assertEquals(7.0, IndicatorUnit.NUMBER.value(7.0, null, false), E);
        assertEquals(2.5, IndicatorUnit.NUMBER.value(5.0, 2.0, true), E);
        assertEquals(40.0, IndicatorUnit.POINTS.value(40.0, null, false), E);
    }

    @Test
    void expressionsAddAndSubtractFigures() {
        FigureExpression e = FigureExpression.parse("dossiers.early + dossiers.on_time - dossiers.late + 2");
        assertEquals(List.of("dossiers.early", "dossiers.on_time", "dossiers.late"), e.names());
        assertEquals(
                3 + 4 - 1 + 2,
                e.evaluate(Map.of("dossiers.early", 3.0, "dossiers.on_time", 4.0, "dossiers.late", 1.0)::get),
                E);
        assertEquals("dossiers.early + dossiers.on_time - dossiers.late + 2", e.toString());
        assertEquals(0.0, FigureExpression.parse("feedback.received").evaluate(n -> null), E, "a missing figure is 0");
        assertNull(FigureExpression.parse("").evaluate(n -> 1.0));
        assertEquals(true, FigureExpression.parse("entered").isEntered());
        for (String bad : List.of("a b", "a +", "+", "a ++ b", "a * b", "Dossiers.X", "a;drop")) {
            assertThrows(IllegalArgumentException.class, () -> FigureExpression.parse(bad), bad);
        }
    }

    @Test
    void colourBandsGiveTheColourOfTheHighestBandReached() {
        ColourBands b = ColourBands.parse("80:#15803d, 0:#b91c1c,50:#B45309");
        assertEquals("#b91c1c", b.colour(10.0));
        assertEquals("#b45309", b.colour(50.0));
        assertEquals("#15803d", b.colour(99.0));
        assertNull(b.colour(-1.0));
        assertNull(b.colour(null));
        assertEquals("0:#b91c1c,50:#b45309,80:#15803d", b.toString());
        assertThrows(IllegalArgumentException.class, () -> ColourBands.parse("50:red"));
        assertThrows(IllegalArgumentException.class, () -> ColourBands.parse("x:#000000"));
    }

    private static IndicatorDefinition rate(String code, String n, String d, Double t, double max, ScoringRule rule) {
        return new IndicatorDefinition(
                code,
                code,
                code,
                FigureExpression.parse(n),
                FigureExpression.parse(d),
                FigureExpression.parse(""),
                t,
                max,
                rule,
                PeriodType.MONTH,
                IndicatorUnit.PERCENT,
                1,
                ColourBands.parse(""),
                null,
                null);
    }

    @Test
    void aScorecardLeavesOutIndicatorsWithoutDataAndScalesTheRest() {
        FrameworkDefinition f = new FrameworkDefinition(List.of(
                new GroupDefinition(
                        "A",
                        "A",
                        "A",
                        20,
                        List.of(
                                rate("A1", "x.on_time", "x.received", 100.0, 14, ScoringRule.THRESHOLD),
                                rate("A2", "x.ok", "x.received", 100.0, 6, ScoringRule.THRESHOLD))),
                new GroupDefinition(
                        "B", "B", "B", 10, List.of(rate("B1", "x.paid", "x.fee", 50.0, 10, ScoringRule.THRESHOLD))),
                new GroupDefinition(
                        "C",
                        "C",
                        "C",
                        70,
                        List.of(rate("C1", "x.online", "x.received", 50.0, 70, ScoringRule.THRESHOLD)))));
        Map<String, Double> figures =
                new HashMap<>(Map.of("x.on_time", 9.0, "x.ok", 10.0, "x.received", 10.0, "x.online", 4.0));
        Scorecard.UnitScore s = Scorecard.score(f, 100, figures::get);
        // A1: 90 % of T 100 -> 90 x 14 / 100 = 12.6; A2: 100 % -> 6; group A: 20 x 18.6 / 20 = 18.6
        assertEquals(12.6, s.item("A1").points(), E);
        assertEquals(18.6, s.group("A").score(), E);
        // B has no fee-bearing dossiers: no data, left out
        assertNull(s.item("B1").value());
        assertNull(s.group("B").score());
        // C1: 40 % of T 50 -> 40 x 70 / 50 = 56
        assertEquals(56, s.group("C").score(), E);
        // total over the groups with data: 100 x (18.6 + 56) / (20 + 70)
        assertEquals(100 * 74.6 / 90, s.total(), E);
        assertEquals(74.6 / 90, s.normalised(), E);
        figures.put("x.fee", 4.0);
        figures.put("x.paid", 2.0);
        Scorecard.UnitScore all = Scorecard.score(f, 100, figures::get);
        assertEquals(18.6 + 10 + 56, all.total(), E, "with every group's data the total is the plain sum");
        assertNull(Scorecard.score(f, 100, n -> null).total(), "a unit with no data at all has no total");
    }

    @Test
    void aGroupWhoseIndicatorsDoNotAddUpToItsWeightIsScaledToIt() {
        FrameworkDefinition f = new FrameworkDefinition(List.of(new GroupDefinition(
                "G", "G", "G", 18, List.of(rate("G1", "x.a", "x.b", 100.0, 10, ScoringRule.THRESHOLD)))));
        // 50 % of 10 points = 5 of 10 -> 18 x 5 / 10 = 9
        assertEquals(
                9,
                Scorecard.score(f, 18, Map.of("x.a", 1.0, "x.b", 2.0)::get)
                        .group("G")
                        .score(),
                E);
    }

    @Test
    void pillarsAreSharesOfTheirComponentsPoints() {
        IndicatorDefinition gov = new IndicatorDefinition(
                "P1",
                "P1",
                "P1",
                FigureExpression.parse("entered"),
                FigureExpression.parse(""),
                FigureExpression.parse(""),
                null,
                40,
                ScoringRule.DIRECT,
                PeriodType.YEAR,
                IndicatorUnit.POINTS,
                1,
                ColourBands.parse(""),
                "GOVERNMENT",
                "BN-SKHCN");
        IndicatorDefinition soc = new IndicatorDefinition(
                "P2",
                "P2",
                "P2",
                FigureExpression.parse("x.a"),
                FigureExpression.parse("x.b"),
                FigureExpression.parse(""),
                80.0,
                60,
                ScoringRule.THRESHOLD,
                PeriodType.YEAR,
                IndicatorUnit.PERCENT,
                1,
                ColourBands.parse(""),
                "SOCIETY",
                null);
        FrameworkDefinition f =
                new FrameworkDefinition(List.of(new GroupDefinition("N", "N", "N", 100, List.of(gov, soc))));
        Map<String, Double> m = Map.of("entered:P1:n", 30.0, "x.a", 2.0, "x.b", 5.0);
        Scorecard.UnitScore s = Scorecard.score(f, 1000, m::get);
        // P1: 30 of 40; P2: 40 % of T 80 -> 40 x 60 / 80 = 30 of 60
        assertEquals(0.75, s.pillars().get("GOVERNMENT"), E);
        assertEquals(0.5, s.pillars().get("SOCIETY"), E);
        // group: 100 x 60 / 100 = 60; total 1000 x 60 / 100 = 600; normalised 0.6
        assertEquals(0.6, s.normalised(), E);
        assertEquals(true, s.item("P1").entered());
        // in a self-assessment a component not filled in earns nothing: P1 0 of 40, P2 30 of 60
        Scorecard.UnitScore unfilled = Scorecard.score(f, 1000, Map.of("x.a", 2.0, "x.b", 5.0)::get, true);
        assertEquals(0.0, unfilled.item("P1").points(), E);
        assertNull(unfilled.item("P1").value());
        assertEquals(0.0, unfilled.pillars().get("GOVERNMENT"), E);
        assertEquals(0.3, unfilled.normalised(), E);
        assertEquals(
                0.5,
                Scorecard.score(f, 1000, Map.of("x.a", 2.0, "x.b", 5.0)::get).normalised(),
                E,
                "left out otherwise: 30 of 60");
    }
}
