package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.procedures.DossierAccess;
import vn.egov.procedures.DossierQueries;
import vn.egov.procedures.DossierQueries.Box;
import vn.egov.procedures.DossierWork;
import vn.egov.procedures.domain.Dossier;

/**
 * The staff inbox ({@code /office/procedures/inbox.xhtml?box=&q=&page=}): the boxes of the caller's
 * agencies with their counts, one box's dossiers soonest due first, a search by code, name or CCCD,
 * paging, and bulk hand-over of the dossiers ticked.
 */
@Named
@ViewScoped
public class DossierInbox implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    DossierQueries queries;

    @Inject
    DossierAccess access;

    @Inject
    DossierWork work;

    @Inject
    Caller caller;

    private String box = Box.TO_PROCESS.name();
    private String q;
    private int page;
    private Long handTo;
    private String handRole = Role.OFFICER.name();

    private transient Map<Box, Long> counts;
    private transient List<Dossier> dossiers;
    private long total;

    public void load() {
        Set<Long> mine = access.staffAgencies(caller.username());
        Set<Long> leads = access.ledAgencies(caller.username());
        counts = queries.counts(mine, leads);
        Box b = current();
        // without a search the box's total is its count, from the same definition
        total = q == null || q.isBlank() ? counts.get(b) : queries.count(b, mine, leads, q);
        dossiers = queries.box(b, mine, leads, q, Math.max(0, page) * PAGE, PAGE);
    }

    public Box current() {
        try {
            return Box.valueOf(box);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Box.TO_PROCESS;
        }
    }

    /** Hands every ticked dossier to the chosen agency and role; says how many went. */
    public void handOverTicked() {
        int done = 0;
        String[] values = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get("ticked");
        List<String> ticked = values == null ? List.of() : List.of(values);
        if (handTo == null) {
            PageMessages.error(PageMessages.text(vn.egov.procedures.ProceduresModule.BUNDLE, "inbox.chooseAgency"));
            return;
        }
        for (String code : ticked) {
            try {
                Dossier d = queries.byCode(code).orElseThrow();
                work.handOver(caller.username(), code, d.getVersion(), handTo, Role.valueOf(handRole), null, null);
                done++;
            } catch (Refusal e) {
                PageMessages.error(e);
            } catch (RuntimeException e) {
                PageMessages.error(
                        PageMessages.text(vn.egov.procedures.ProceduresModule.BUNDLE, "inbox.bulkFailed", code));
            }
        }
        PageMessages.info(PageMessages.text(vn.egov.procedures.ProceduresModule.BUNDLE, "inbox.bulkDone", done));
        load();
    }

    /** The agencies where the caller works, for the tracking book's desk. */
    public List<vn.egov.kernel.api.OrgUnitView> getMyAgencies() {
        return caller.agencies().stream()
                .filter(a -> a.role().isStaff())
                .map(vn.egov.kernel.api.Organisation.AgencyRole::agency)
                .distinct()
                .toList();
    }

    public Box[] getBoxes() {
        return Box.values();
    }

    public long count(Box b) {
        return counts == null ? 0 : counts.getOrDefault(b, 0L);
    }

    public List<Dossier> getDossiers() {
        return dossiers == null ? List.of() : dossiers;
    }

    public long getTotal() {
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE - 1) / PAGE);
    }

    public String link(String toBox, int toPage) {
        return "?box=" + toBox + "&page=" + toPage
                + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = box;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Long getHandTo() {
        return handTo;
    }

    public void setHandTo(Long handTo) {
        this.handTo = handTo;
    }

    public String getHandRole() {
        return handRole;
    }

    public void setHandRole(String handRole) {
        this.handRole = handRole;
    }
}
