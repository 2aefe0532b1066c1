package vn.egov.indices.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.egov.indices.FrameworkCsv;
import vn.egov.indices.Frameworks;
import vn.egov.indices.IndicesModule;
import vn.egov.indices.LiveFigures;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * The admin console for frameworks: their versions, and a new version published from the current
 * one's CSV as changed by the admin (indicators, groups, weights, thresholds, rules, bands), in
 * force from the day given. Past periods keep the version they were computed with.
 */
@Named
@ViewScoped
public class FrameworksAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Frameworks frameworks;

    @Inject
    IndicesView view;

    private String code;
    private String csv;
    private LocalDate effectiveFrom;
    private String note;

    public void load() {
        if (code == null || frameworks.byCode(code).isEmpty()) {
            code = frameworks.all().stream()
                    .map(Frameworks.FrameworkInfo::code)
                    .findFirst()
                    .orElse(null);
        }
        if (code != null && csv == null) {
            frameworks
                    .byCode(code)
                    .flatMap(f -> frameworks.inForce(f.id(), view.today()))
                    .ifPresent(v -> csv = FrameworkCsv.write(frameworks.definition(v.id())));
        }
        if (effectiveFrom == null) {
            effectiveFrom = view.today().plusDays(1);
        }
    }

    public List<Frameworks.FrameworkInfo> getAll() {
        return frameworks.all();
    }

    public Frameworks.FrameworkInfo getFramework() {
        return code == null ? null : frameworks.byCode(code).orElse(null);
    }

    public List<Frameworks.VersionInfo> getVersions() {
        Frameworks.FrameworkInfo f = getFramework();
        return f == null ? List.of() : frameworks.versions(f.id());
    }

    public List<String> getFigureNames() {
        return List.copyOf(LiveFigures.NAMES);
    }

    public String publish() {
        load(); // view parameters absent from a postback come back null: defaults again
        try {
            Frameworks.VersionInfo v = frameworks.publish(code, csv, effectiveFrom, note);
            PageMessages.info(Message.of(IndicesModule.BUNDLE, "frameworks.published", v.number())
                    .onPage());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/indices/frameworks.xhtml?faces-redirect=true&code=" + code;
        } catch (FieldErrors e) {
            PageMessages.show("publish", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
