package vn.egov.procedures.web;

import jakarta.inject.Inject;
import java.util.List;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.payments.api.FeeOrders;
import vn.egov.procedures.DossierAccess;
import vn.egov.procedures.DossierQueries;
import vn.egov.procedures.FormData;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.Handover;

/**
 * What the citizen's and the staff's dossier pages share: the dossier by its code (only for those
 * who may open it), its parts, control sheet, fields and fee order.
 */
abstract class DossierPage implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DossierQueries queries;

    @Inject
    DossierAccess access;

    @Inject
    FeeOrders feeOrders;

    @Inject
    vn.egov.kernel.api.Caller caller;

    protected String code;
    /** The dossier's version when the page showed it: a step on an older page is refused as stale. */
    protected long shownVersion;
    /** Read again after the view moves to another server (entities are not kept in the session). */
    protected transient Dossier dossier;

    private transient boolean looked;
    private transient List<DossierPart> parts;
    private transient List<Handover> sheet;

    public void load() {
        looked = true;
        dossier = queries.byCode(code)
                .filter(d -> access.mayOpen(caller.username(), d))
                .orElse(null);
        parts = null;
        sheet = null;
        if (dossier != null) {
            shownVersion = dossier.getVersion();
        }
    }

    /** Runs a step and shows its refusal, if any; reloads the dossier either way. */
    protected void step(Runnable step, String done) {
        try {
            step.run();
            if (done != null) {
                PageMessages.info(PageMessages.text(vn.egov.procedures.ProceduresModule.BUNDLE, done));
            }
        } catch (vn.egov.kernel.api.FieldErrors e) {
            PageMessages.show("steps", e);
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        load();
    }

    public Dossier getDossier() {
        if (!looked && code != null) {
            load();
        }
        return dossier;
    }

    public boolean isLooked() {
        return looked;
    }

    public List<DossierPart> getParts() {
        if (parts == null) {
            parts = dossier == null ? List.of() : queries.parts(dossier.getId());
        }
        return parts;
    }

    public List<DossierPart> partsOfKind(String kind) {
        return getParts().stream().filter(p -> kind.equals(p.getKind())).toList();
    }

    public List<Handover> getSheet() {
        if (sheet == null) {
            sheet = dossier == null ? List.of() : queries.controlSheet(dossier.getId());
        }
        return sheet;
    }

    public java.util.Map<String, String> getFields() {
        return dossier == null ? java.util.Map.of() : FormData.read(dossier.getFormData());
    }

    /** The fields with their labels, in the procedure's order. */
    public List<String[]> getFieldRows() {
        if (dossier == null) {
            return List.of();
        }
        var values = getFields();
        return dossier.getProcedure().getFields().stream()
                .filter(f -> values.containsKey(f.getFieldKey()))
                .map(f -> new String[] {f.getName(), values.get(f.getFieldKey())})
                .toList();
    }

    public FeeOrders.FeeOrderView getFeeOrder() {
        return dossier == null || dossier.getFeeOrderCode() == null
                ? null
                : feeOrders.find(dossier.getFeeOrderCode()).orElse(null);
    }

    /** The last note of a kind of step (what was asked, why it was refused). */
    public String lastNote(String action) {
        return getSheet().stream()
                .filter(h -> h.getAction().name().equals(action))
                .reduce((a, b) -> b)
                .map(Handover::getNote)
                .orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
