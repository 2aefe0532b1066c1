package vn.egov.indices.domain;

/** What an indicator's value is: a rate shown as a percentage, a count or amount, or points. */
public enum IndicatorUnit {
    /** Numerator ÷ denominator × 100. */
    PERCENT,
    /** The numerator, or numerator ÷ denominator when there is one (an average). */
    NUMBER,
    /** The numerator as points (self-assessed or entered). */
    POINTS;

    /** The value of a numerator and denominator, or null when it has none (no denominator to divide by). */
    public Double value(Double numerator, Double denominator, boolean hasDenominator) {
        if (numerator == null) {
            return null;
        }
        if (this == PERCENT) {
            return denominator == null || denominator == 0 ? null : numerator * 100.0 / denominator;
        }
        if (hasDenominator) {
            return denominator == null || denominator == 0 ? null : numerator / denominator;
        }
        return numerator;
    }
}
