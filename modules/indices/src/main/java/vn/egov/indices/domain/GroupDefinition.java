package vn.egov.indices.domain;

import java.util.List;

/**
 * A group of indicators (a 766 criterion group, a DTI main indicator) and its weight: the points
 * the group is worth in the whole. The group's score is its weight × the points its indicators
 * earned ÷ the points they could earn.
 */
public record GroupDefinition(
        String code, String nameVi, String nameEn, double weight, List<IndicatorDefinition> indicators) {
    public double maxPoints() {
        return indicators.stream().mapToDouble(IndicatorDefinition::maxPoints).sum();
    }
}
