package vn.egov.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;

/**
 * Communes and agencies from the kernel's organisation tree, for the pickers and the names on
 * every module's pages ({@code places.communes}, {@code places.agencies}, {@code places.name(id)} in EL).
 * The tree is read once per request, however many names a page shows.
 */
@Named("places")
@RequestScoped
public class Places {
    @Inject
    Organisation organisation;

    /** Names in Vietnamese alphabetical order (Đ after D, not after Z). */
    private static final Comparator<OrgUnitView> BY_NAME =
            Comparator.comparing(OrgUnitView::name, Collator.getInstance(Locale.forLanguageTag("vi-VN")));

    private Map<Long, OrgUnitView> byId;

    private Map<Long, OrgUnitView> byId() {
        if (byId == null) {
            byId = organisation.units().stream().collect(Collectors.toMap(OrgUnitView::id, Function.identity()));
        }
        return byId;
    }

    /** Current communes and wards: administrative units with no current administrative unit below them. */
    public List<OrgUnitView> getCommunes() {
        Set<Long> parents = byId().values().stream()
                .filter(u -> u.active() && !u.agency())
                .map(OrgUnitView::parentId)
                .collect(Collectors.toSet());
        return byId().values().stream()
                .filter(u -> u.active() && !u.agency() && !parents.contains(u.id()))
                .sorted(BY_NAME)
                .toList();
    }

    /** Current agencies. */
    public List<OrgUnitView> getAgencies() {
        return byId().values().stream()
                .filter(u -> u.active() && u.agency())
                .sorted(BY_NAME)
                .toList();
    }

    /** The name of a unit, ended ones included, or an empty text for none. */
    public String name(Long id) {
        OrgUnitView unit = id == null ? null : byId().get(id);
        return unit == null ? "" : unit.name();
    }
}
