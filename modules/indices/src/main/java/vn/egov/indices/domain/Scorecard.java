package vn.egov.indices.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores one unit against a framework version from its figures. An indicator whose value cannot
 * be computed (nothing to divide by, nothing entered) has no data and is left out: a group's score
 * is its weight × points earned ÷ points possible over the indicators with data, and the total is
 * the scale × the groups' scores ÷ the weights of the groups with data. So a commune with no
 * fee-bearing dossiers is neither punished nor rewarded for online payment. In a self-assessment
 * (the DTI) a component not filled in earns nothing instead.
 */
public final class Scorecard {
    private Scorecard() {}

    /**
     * @param figure the unit's figures by name; the entered values as {@code entered:CODE:n} and
     *               {@code entered:CODE:d}
     */
    public static UnitScore score(FrameworkDefinition framework, double scale, Function<String, Double> figure) {
        return score(framework, scale, figure, false);
    }

    /**
     * @param missingIsZero whether an indicator without a value earns no points instead of being
     *                      left out: so in a self-assessment, where a component not filled in is
     *                      not met, while in the service index an item with no dossiers is not counted
     */
    public static UnitScore score(
            FrameworkDefinition framework, double scale, Function<String, Double> figure, boolean missingIsZero) {
        List<GroupScore> groups = new ArrayList<>();
        Map<String, double[]> pillars = new LinkedHashMap<>();
        double earnedWeight = 0;
        double weightWithData = 0;
        for (GroupDefinition g : framework.groups()) {
            List<ItemScore> items = new ArrayList<>();
            double points = 0;
            double possible = 0;
            for (IndicatorDefinition i : g.indicators()) {
                ItemScore item = item(i, figure);
                if (item.points() == null && missingIsZero) {
                    item = new ItemScore(
                            item.code(),
                            item.numerator(),
                            item.denominator(),
                            null,
                            0.0,
                            i.maxPoints(),
                            item.entered());
                }
                items.add(item);
                if (item.points() != null) {
                    points += item.points();
                    possible += i.maxPoints();
                    if (i.pillar() != null) {
                        double[] p = pillars.computeIfAbsent(i.pillar(), k -> new double[2]);
                        p[0] += item.points();
                        p[1] += i.maxPoints();
                    }
                }
            }
            Double score = possible == 0 ? null : g.weight() * points / possible;
            if (score != null) {
                earnedWeight += score;
                weightWithData += g.weight();
            }
            groups.add(new GroupScore(g.code(), score, g.weight(), items));
        }
        Double total = weightWithData == 0 ? null : scale * earnedWeight / weightWithData;
        Map<String, Double> pillarShares = new LinkedHashMap<>();
        pillars.forEach((k, v) -> pillarShares.put(k, v[1] == 0 ? null : v[0] / v[1]));
        return new UnitScore(total, scale, groups, pillarShares);
    }

    static ItemScore item(IndicatorDefinition i, Function<String, Double> figure) {
        Double n;
        Double d;
        boolean hasDenominator;
        if (i.entered()) {
            n = figure.apply("entered:" + i.code() + ":n");
            d = figure.apply("entered:" + i.code() + ":d");
            hasDenominator = d != null;
        } else {
            n = i.numerator().evaluate(figure);
            d = i.denominator().evaluate(figure);
            hasDenominator = !i.denominator().isEmpty();
        }
        Double value = i.unit().value(n, d, hasDenominator);
        Double points = value == null ? null : i.rule().points(value, i.threshold(), i.maxPoints());
        return new ItemScore(i.code(), n, d, value, points, i.maxPoints(), i.entered());
    }

    /** A unit's score: total of the scale, per group, per indicator, and each pillar's share 0–1. */
    public record UnitScore(Double total, double scale, List<GroupScore> groups, Map<String, Double> pillars) {
        /** The total as a share of the scale, 0–1 (DTI is published this way). */
        public Double normalised() {
            return total == null ? null : total / scale;
        }

        public ItemScore item(String code) {
            return groups.stream()
                    .flatMap(g -> g.items().stream())
                    .filter(i -> i.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }

        public GroupScore group(String code) {
            return groups.stream()
                    .filter(g -> g.code().equals(code))
                    .findFirst()
                    .orElse(null);
        }
    }

    public record GroupScore(String code, Double score, double weight, List<ItemScore> items) {}

    /** One indicator's numbers; value and points are null when it has no data. */
    public record ItemScore(
            String code,
            Double numerator,
            Double denominator,
            Double value,
            Double points,
            double maxPoints,
            boolean entered) {}
}
