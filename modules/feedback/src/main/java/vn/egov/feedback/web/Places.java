package vn.egov.feedback.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;

/** Communes and agencies from the kernel's organisation tree, for the pickers on feedback pages. */
@Named("feedbackPlaces")
@RequestScoped
public class Places {
    @Inject
    Organisation organisation;

    private List<OrgUnitView> all;

    private List<OrgUnitView> all() {
        if (all == null) {
            all = new ArrayList<>();
            collect(null, all);
        }
        return all;
    }

    private void collect(Long parent, List<OrgUnitView> into) {
        for (OrgUnitView unit : organisation.children(parent)) {
            if (unit.active()) {
                into.add(unit);
                collect(unit.id(), into);
            }
        }
    }

    /** Communes and wards: administrative units with no administrative unit below them. */
    public List<OrgUnitView> getCommunes() {
        return all().stream().filter(u -> !u.agency())
            .filter(u -> all().stream().noneMatch(c -> !c.agency() && u.id().equals(c.parentId())))
            .sorted(Comparator.comparing(OrgUnitView::name)).toList();
    }

    public List<OrgUnitView> getAgencies() {
        return all().stream().filter(OrgUnitView::agency).sorted(Comparator.comparing(OrgUnitView::name)).toList();
    }

    /** The name of a unit, or an empty text for none. */
    public String name(Long id) {
        return id == null ? "" : organisation.unit(id).map(OrgUnitView::name).orElse("");
    }
}
