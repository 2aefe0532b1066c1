package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;

/**
 * The units indices are ranked across: the province (the root), its departments (agencies directly
 * under the province) and its communes (units of level COMMUNE, with their agencies below them).
 */
@ApplicationScoped
public class Units {
    public static final String PROVINCE = "PROVINCE";
    public static final String COMMUNE = "COMMUNE";

    @Inject
    Organisation organisation;

    public enum Tier {
        PROVINCE,
        DEPARTMENT,
        COMMUNE
    }

    /** The province: the first root of level PROVINCE (else the first root). */
    public OrgUnitView province() {
        List<OrgUnitView> all = organisation.units();
        return all.stream()
                .filter(u -> u.parentId() == null && PROVINCE.equals(u.levelCode()))
                .findFirst()
                .or(() -> all.stream().filter(u -> u.parentId() == null).findFirst())
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noProvince"));
    }

    public List<OrgUnitView> of(Tier tier) {
        List<OrgUnitView> all = organisation.units();
        Map<Long, OrgUnitView> byId = all.stream().collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        return all.stream()
                .filter(OrgUnitView::active)
                .filter(u -> switch (tier) {
                    case PROVINCE -> u.parentId() == null;
                    case DEPARTMENT ->
                        u.agency()
                                && u.parentId() != null
                                && byId.containsKey(u.parentId())
                                && PROVINCE.equals(byId.get(u.parentId()).levelCode());
                    case COMMUNE -> COMMUNE.equals(u.levelCode());
                })
                .sorted(Comparator.comparing(OrgUnitView::name))
                .toList();
    }

    public Optional<OrgUnitView> unit(Long id) {
        return id == null ? Optional.empty() : organisation.unit(id);
    }

    /** The unit's name; its id when the unit is unknown, empty for none (a report not yet given to an agency). */
    public String name(Long id) {
        return id == null ? "" : unit(id).map(OrgUnitView::name).orElse(String.valueOf(id));
    }

    public Optional<OrgUnitView> byCode(String code) {
        return code == null ? Optional.empty() : organisation.unitByCode(code);
    }
}
