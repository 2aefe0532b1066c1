package vn.egov.feedback.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Chooses the agency for a report: a rule for its category and commune, then one for the category, then the category's default. */
public final class Routing {
    private Routing() {}

    public static Optional<Long> agencyFor(Category category, Long communeId, List<RoutingRule> rulesOfCategory) {
        Optional<Long> forCommune = communeId == null
                ? Optional.empty()
                : rulesOfCategory.stream()
                        .filter(r -> communeId.equals(r.getCommuneId()))
                        .map(RoutingRule::getAgencyId)
                        .findFirst();
        return forCommune
                .or(() -> rulesOfCategory.stream()
                        .filter(r -> r.getCommuneId() == null)
                        .map(RoutingRule::getAgencyId)
                        .findFirst())
                .or(() -> Optional.ofNullable(category.getDefaultAgencyId()))
                .filter(Objects::nonNull);
    }
}
