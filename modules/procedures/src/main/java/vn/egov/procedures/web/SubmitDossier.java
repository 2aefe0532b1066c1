package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.DossierIntake;
import vn.egov.procedures.DossierQueries;
import vn.egov.procedures.FormData;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ResultDelivery;

/**
 * The citizen's online submission ({@code /procedures/submit.xhtml?code=...}, or {@code ?draft=ID} to
 * go on with a draft): the procedure's fields, the agency, one file per component (or one reused from
 * an earlier dossier), saved as a draft at each step and submitted when complete.
 */
@Named
@ViewScoped
public class SubmitDossier implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    DossierIntake intake;

    @Inject
    DossierQueries queries;

    @Inject
    Attachments attachments;

    @Inject
    Caller caller;

    private String code;
    private Long draft;
    private Long agencyId;
    private String summary;
    private String phone;
    private String address;
    private ResultDelivery delivery = ResultDelivery.ONLINE;
    private final Map<String, String> fields = new LinkedHashMap<>();
    /** The earlier component chosen per component position (the select gives its id as text). */
    private final Map<Integer, String> reuse = new HashMap<>();

    private transient Map<Integer, Part> files = new HashMap<>();
    private String submittedCode;

    private transient Procedure procedure;
    private transient List<DossierPart> parts;

    public void load() {
        if (draft != null) {
            Dossier d = queries.byId(draft)
                    .filter(x -> caller.username() != null && caller.username().equals(x.getApplicantUsername()))
                    .orElse(null);
            if (d == null) {
                draft = null;
            } else if (code == null) {
                code = d.getProcedureCode();
                agencyId = d.getAgencyId();
                summary = d.getSummary();
                phone = d.getOwnerPhone();
                address = d.getOwnerAddress();
                delivery = d.getResultDelivery();
                fields.putAll(FormData.read(d.getFormData()));
            }
        }
        procedure = catalogue.current(code).orElse(null);
    }

    public Procedure getProcedure() {
        if (procedure == null && code != null) {
            procedure = catalogue.current(code).orElse(null);
        }
        return procedure;
    }

    /** Saves the draft and any files chosen; true when nothing was refused. */
    private boolean save() {
        try {
            Dossier d = intake.saveDraft(
                    caller.username(),
                    draft,
                    new DossierIntake.DossierForm(code, agencyId, summary, fields, delivery, phone, null, address));
            draft = d.getId();
            for (Map.Entry<Integer, Part> file : files().entrySet()) {
                if (Uploads.present(file.getValue())) {
                    intake.attach(caller.username(), draft, file.getKey(), Uploads.store(attachments, file.getValue()));
                }
            }
            for (Map.Entry<Integer, String> r : reuse.entrySet()) {
                if (r.getValue() != null && r.getValue().matches("\\d{1,18}")) {
                    intake.reuse(caller.username(), draft, r.getKey(), Long.parseLong(r.getValue()));
                }
            }
            reuse.clear();
            files = new HashMap<>();
            parts = null;
            return true;
        } catch (FieldErrors e) {
            PageMessages.show("dossier", e);
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        return false;
    }

    public void saveDraft() {
        if (save()) {
            PageMessages.info(PageMessages.text(vn.egov.procedures.ProceduresModule.BUNDLE, "submit.saved"));
        }
    }

    public String submit() {
        if (!save()) {
            return null;
        }
        try {
            Dossier d = intake.submit(caller.username(), draft);
            submittedCode = d.getCode();
            return "/procedures/dossier.xhtml?faces-redirect=true&submitted=true&code=" + d.getCode();
        } catch (FieldErrors e) {
            PageMessages.show("dossier", e);
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        return null;
    }

    /** The files already attached to the draft, by component position. */
    public List<DossierPart> getParts() {
        if (parts == null) {
            parts = draft == null ? List.of() : queries.parts(draft);
        }
        return parts;
    }

    public List<DossierPart> partsOf(int position) {
        return getParts().stream()
                .filter(p -> p.getPosition() == position && DossierPart.COMPONENT.equals(p.getKind()))
                .toList();
    }

    /** Earlier components of the citizen's that may stand for this one. */
    public List<DossierPart> reusable(String componentName) {
        return caller.username() == null ? List.of() : queries.reusable(caller.username(), componentName);
    }

    public ResultDelivery[] getDeliveries() {
        return ResultDelivery.values();
    }

    private Map<Integer, Part> files() {
        if (files == null) {
            files = new HashMap<>();
        }
        return files;
    }

    public Map<Integer, Part> getFiles() {
        return files();
    }

    public Map<Integer, String> getReuse() {
        return reuse;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public boolean isSignedIn() {
        return caller.signedIn();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getDraft() {
        return draft;
    }

    public void setDraft(Long draft) {
        this.draft = draft;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public ResultDelivery getDelivery() {
        return delivery;
    }

    public void setDelivery(ResultDelivery delivery) {
        this.delivery = delivery;
    }

    public String getSubmittedCode() {
        return submittedCode;
    }
}
