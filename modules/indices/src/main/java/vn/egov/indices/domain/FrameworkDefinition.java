package vn.egov.indices.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The groups and indicators of one version of a framework. */
public record FrameworkDefinition(List<GroupDefinition> groups) {

    public double weights() {
        return groups.stream().mapToDouble(GroupDefinition::weight).sum();
    }

    public Stream<IndicatorDefinition> indicators() {
        return groups.stream().flatMap(g -> g.indicators().stream());
    }

    public Optional<IndicatorDefinition> indicator(String code) {
        return indicators().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Every figure name read by its indicators. */
    public List<String> figureNames() {
        return indicators()
                .flatMap(i -> Stream.of(i.numerator(), i.denominator()))
                .flatMap(e -> e.names().stream())
                .distinct()
                .toList();
    }
}
