package vn.egov.indices.domain;

/**
 * One indicator of a framework version.
 *
 * @param numerator   the figures counted, or {@code entered}
 * @param denominator what they are counted against; empty for a count or entered points
 * @param shortfall   the records that count against the indicator, for the drill-down (late dossiers); may be empty
 * @param threshold   T in the indicator's unit, or null
 * @param pillar      the DTI pillar it belongs to (GOVERNMENT, ECONOMY, SOCIETY), or null
 * @param owner       the code of the department that fills it in, or null
 */
public record IndicatorDefinition(
        String code,
        String nameVi,
        String nameEn,
        FigureExpression numerator,
        FigureExpression denominator,
        FigureExpression shortfall,
        Double threshold,
        double maxPoints,
        ScoringRule rule,
        PeriodType periodType,
        IndicatorUnit unit,
        int decimals,
        ColourBands bands,
        String pillar,
        String owner) {

    /** Whether people enter its value with evidence. */
    public boolean entered() {
        return numerator.isEntered();
    }
}
