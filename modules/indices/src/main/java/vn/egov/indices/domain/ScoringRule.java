package vn.egov.indices.domain;

/**
 * How an indicator's value becomes points. The value and the threshold T are in the indicator's
 * own unit (a percentage 0–100 for rates).
 */
public enum ScoringRule {
    /** The rule of Decision 766: value ≥ T earns full points, else value × max ÷ T. */
    THRESHOLD,
    /** Value ÷ 100 × max (a rate earns its share of the points); T is not used. */
    PROPORTIONAL,
    /** Full points when value ≥ T, else none. */
    ALL_OR_NOTHING,
    /** For what should be low (late or refused dossiers): value ≤ T earns full points, else max × T ÷ value. */
    LOWER_IS_BETTER,
    /** The value is the points themselves (a self-assessed score), capped at max. */
    DIRECT;

    /** The points a value earns, between 0 and max. */
    public double points(double value, Double threshold, double max) {
        double t = threshold == null || threshold <= 0 ? 100 : threshold;
        double p = switch (this) {
            case THRESHOLD -> value >= t ? max : value * max / t;
            case PROPORTIONAL -> value / 100.0 * max;
            case ALL_OR_NOTHING -> value >= t ? max : 0;
            case LOWER_IS_BETTER -> value <= t ? max : max * t / value;
            case DIRECT -> value;
        };
        return Math.max(0, Math.min(max, p));
    }

    /** Whether the rule reads a threshold. */
    public boolean usesThreshold() {
        return this == THRESHOLD || this == ALL_OR_NOTHING || this == LOWER_IS_BETTER;
    }
}
