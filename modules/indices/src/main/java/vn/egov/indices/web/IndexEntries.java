package vn.egov.indices.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.egov.indices.EnteredValues;
import vn.egov.indices.Frameworks;
import vn.egov.indices.IndicesModule;
import vn.egov.indices.Units;
import vn.egov.indices.domain.EnteredValue;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * Values entered with evidence (the DTI self-assessment, the 766 items the platform cannot know):
 * the sheet of a framework, period and unit; one indicator opened to fill in, send, approve or send
 * back, with its evidence and history; and for the administrator, what waits for review.
 */
@Named
@ViewScoped
public class IndexEntries implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EnteredValues values;

    @Inject
    Frameworks frameworks;

    @Inject
    Units units;

    @Inject
    Settings settings;

    @Inject
    Caller caller;

    @Inject
    Attachments attachments;

    @Inject
    IndicesView view;

    private String framework;
    private String period;
    private Long unit;
    private String code;

    private BigDecimal numerator;
    private BigDecimal denominator;
    private String note;
    private String reason;
    private transient Part file;
    private transient List<EnteredValues.Entry> sheet;

    public void load() {
        if (framework == null || frameworks.byCode(framework).isEmpty()) {
            framework = settings.text(IndicesModule.DTI_FRAMEWORK);
        }
        PeriodType type = frameworks
                .byCode(framework)
                .map(f -> f.kind() == Frameworks.Kind.SELF_ASSESSMENT ? PeriodType.YEAR : PeriodType.QUARTER)
                .orElse(PeriodType.YEAR);
        try {
            Period.parse(period);
        } catch (IllegalArgumentException e) {
            period = Period.of(type, view.today()).toString();
        }
        if (unit == null || units.unit(unit).isEmpty()) {
            unit = units.province().id();
        }
        EnteredValues.Entry e = getEntry();
        if (e != null
                && e.value() != null
                && numerator == null
                && !FacesContext.getCurrentInstance().isPostback()) {
            numerator = e.value().getNumerator();
            denominator = e.value().getDenominator();
            note = e.value().getNote();
        }
    }

    public List<EnteredValues.Entry> getSheet() {
        if (sheet == null) {
            sheet = values.sheet(framework, Period.parse(period), unit);
        }
        return sheet;
    }

    public EnteredValues.Entry getEntry() {
        return code == null
                ? null
                : getSheet().stream()
                        .filter(e -> e.indicator().code().equals(code))
                        .findFirst()
                        .orElse(null);
    }

    public List<Frameworks.FrameworkInfo> getFrameworks() {
        return frameworks.all();
    }

    public List<Period> getPeriods() {
        List<Period> out = new ArrayList<>();
        for (PeriodType t : PeriodType.values()) {
            out.addAll(view.recent(t));
        }
        return out;
    }

    public List<OrgUnitView> getUnitChoices() {
        List<OrgUnitView> out = new ArrayList<>(units.of(Units.Tier.PROVINCE));
        out.addAll(units.of(Units.Tier.DEPARTMENT));
        out.addAll(units.of(Units.Tier.COMMUNE));
        return out;
    }

    public List<EnteredValue> getAwaiting() {
        return caller.hasRole(Role.ADMIN) ? values.awaitingReview() : List.of();
    }

    public String unitName(long id) {
        return units.name(id);
    }

    public String link(String indicatorCode) {
        return "/office/indices/entries.xhtml?framework=" + framework + "&period=" + period + "&unit=" + unit
                + (indicatorCode == null ? "" : "&code=" + indicatorCode);
    }

    public String linkTo(EnteredValue v) {
        return "/office/indices/entries.xhtml?framework=" + v.getFrameworkCode() + "&period=" + v.getPeriod() + "&unit="
                + v.getUnitId() + "&code=" + v.getIndicatorCode();
    }

    public String save() {
        load(); // view parameters absent from a postback come back null: defaults again
        try {
            List<UUID> evidence = new ArrayList<>();
            if (file != null && file.getSize() > 0) {
                evidence.add(store(file));
            }
            values.save(framework, code, unit, Period.parse(period), numerator, denominator, note, evidence);
            return done("entry.saved");
        } catch (FieldErrors e) {
            PageMessages.show("entry", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String submit() {
        load(); // view parameters absent from a postback come back null: defaults again
        EnteredValues.Entry e = getEntry();
        if (e == null || e.value() == null) {
            return null;
        }
        try {
            values.submit(e.value().getId());
            return done("entry.submitted");
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String approve() {
        load(); // view parameters absent from a postback come back null: defaults again
        EnteredValues.Entry e = getEntry();
        if (e == null || e.value() == null) {
            return null;
        }
        try {
            values.approve(e.value().getId());
            return done("entry.approved");
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String sendBack() {
        load(); // view parameters absent from a postback come back null: defaults again
        EnteredValues.Entry e = getEntry();
        if (e == null || e.value() == null) {
            return null;
        }
        try {
            values.sendBack(e.value().getId(), reason);
            return done("entry.returned");
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    private UUID store(Part part) {
        String name = part.getSubmittedFileName() == null ? "minh-chung" : part.getSubmittedFileName();
        try (InputStream in = part.getInputStream()) {
            return attachments.store(name, in.readAllBytes()).id();
        } catch (IOException x) {
            throw FieldErrors.of("file", Message.of(IndicesModule.BUNDLE, "entry.uploadFailed"));
        }
    }

    private String done(String key) {
        PageMessages.info(Message.of(IndicesModule.BUNDLE, key).onPage());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return link(code) + "&faces-redirect=true";
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public void setNumerator(BigDecimal numerator) {
        this.numerator = numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public void setDenominator(BigDecimal denominator) {
        this.denominator = denominator;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
