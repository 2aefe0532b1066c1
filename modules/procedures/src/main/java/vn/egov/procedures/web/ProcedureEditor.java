package vn.egov.procedures.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.CatalogueCsv;
import vn.egov.procedures.ProceduresModule;
import vn.egov.procedures.domain.DeadlineUnit;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.PartKind;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.procedures.domain.Tier;

/**
 * The admins' editor of one procedure ({@code /admin/procedures/edit.xhtml?code=…}): the version in
 * force field by field, saved as a new version from the effective date the admin gives (today or
 * later for a change); without a code, a procedure new to the catalogue. The lists (components,
 * fees, form fields, steps) are edited one item per line, in the CSV import's format.
 */
@Named
@ViewScoped
public class ProcedureEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private String code;
    private boolean existing;
    private String name;
    private String fieldCode;
    private String fieldName;
    private Tier tier = Tier.PROVINCE;
    private OnlineLevel onlineLevel = OnlineLevel.FULL;
    private Integer deadlineAmount;
    private DeadlineUnit deadlineUnit = DeadlineUnit.DAYS;
    private FeeTiming feeTiming = FeeTiming.NONE;
    private List<Long> agencyIds = new ArrayList<>();
    private String resultKind;
    private boolean sealedCopy;
    private String legalBasis;
    private String whereToSubmit;
    private String components;
    private String fees;
    private String fields;
    private String steps;
    private LocalDate effectiveFrom;

    /** Loads the version in force of the code asked for (the page's view parameter). */
    public void load() {
        if (effectiveFrom == null) {
            effectiveFrom = today();
        }
        if (code == null || code.isBlank() || name != null) {
            return;
        }
        catalogue.current(code.strip()).ifPresent(p -> {
            existing = true;
            Procedure.Facts f = p.facts();
            name = f.name();
            fieldCode = f.fieldCode();
            fieldName = f.fieldName();
            tier = f.tier();
            onlineLevel = f.onlineLevel();
            deadlineAmount = f.deadlineAmount();
            deadlineUnit = f.deadlineUnit();
            feeTiming = f.feeTiming();
            resultKind = f.resultKind();
            sealedCopy = f.sealedCopy();
            legalBasis = f.legalBasis();
            whereToSubmit = f.whereToSubmit();
            agencyIds = new ArrayList<>(p.getAgencyIds());
            components = CatalogueCsv.lines(p.getComponents(), PartKind.COMPONENT);
            fees = CatalogueCsv.lines(p.getFees(), PartKind.FEE);
            fields = CatalogueCsv.lines(p.getFields(), PartKind.FIELD);
            steps = CatalogueCsv.lines(p.getSteps(), PartKind.STEP);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    /** Publishes the new version; the page then shows the catalogue with its history. */
    public String save() {
        Map<String, Message> errors = new HashMap<>();
        List<ProcedurePart> parts = new ArrayList<>();
        parts.addAll(list("components", components, CatalogueCsv::components, errors));
        parts.addAll(list("fees", fees, CatalogueCsv::fees, errors));
        parts.addAll(list("fields", fields, CatalogueCsv::fields, errors));
        parts.addAll(list("steps", steps, CatalogueCsv::steps, errors));
        if (effectiveFrom == null) {
            errors.put("effectiveFrom", Message.of(ProceduresModule.BUNDLE, "refusal.catalogue.effectiveMissing"));
        }
        if (!errors.isEmpty()) {
            PageMessages.show("edit", FieldErrors.keyed(errors));
            return null;
        }
        Procedure.Facts facts = new Procedure.Facts(
                code == null ? null : code.strip(),
                trim(name),
                trim(fieldCode),
                trim(fieldName),
                tier,
                onlineLevel,
                deadlineAmount == null ? 0 : deadlineAmount,
                deadlineUnit,
                feeTiming,
                trim(resultKind),
                trim(legalBasis),
                trim(whereToSubmit),
                sealedCopy);
        try {
            catalogue.publish(facts, agencyIds, parts, effectiveFrom, caller.username());
        } catch (FieldErrors e) {
            PageMessages.show("edit", e);
            return null;
        } catch (Refusal e) {
            PageMessages.error(e);
            return null;
        }
        PageMessages.info(PageMessages.text(
                ProceduresModule.BUNDLE, "admin.published", facts.code(), VietnameseDates.day(effectiveFrom)));
        jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .setKeepMessages(true);
        return "/admin/procedures/catalogue?faces-redirect=true&history=" + facts.code();
    }

    /** Reads a list line by line, so that a bad line is named with its number and text. */
    private static List<ProcedurePart> list(
            String field, String lines, Function<String, List<ProcedurePart>> reader, Map<String, Message> errors) {
        List<ProcedurePart> parts = new ArrayList<>();
        int n = 0;
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            n++;
            try {
                parts.addAll(reader.apply(line.replace('|', '/')));
            } catch (IllegalArgumentException e) {
                errors.put(
                        field, Message.of(ProceduresModule.BUNDLE, "refusal.catalogue.lineInvalid", n, line.strip()));
                return List.of();
            }
        }
        return parts;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public OnlineLevel[] getOnlineLevels() {
        return OnlineLevel.values();
    }

    public DeadlineUnit[] getDeadlineUnits() {
        return DeadlineUnit.values();
    }

    public FeeTiming[] getFeeTimings() {
        return FeeTiming.values();
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }

    public String getFieldName() {
        return fieldName;
    }

    public void setFieldName(String fieldName) {
        this.fieldName = fieldName;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(OnlineLevel onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public Integer getDeadlineAmount() {
        return deadlineAmount;
    }

    public void setDeadlineAmount(Integer deadlineAmount) {
        this.deadlineAmount = deadlineAmount;
    }

    public DeadlineUnit getDeadlineUnit() {
        return deadlineUnit;
    }

    public void setDeadlineUnit(DeadlineUnit deadlineUnit) {
        this.deadlineUnit = deadlineUnit;
    }

    public FeeTiming getFeeTiming() {
        return feeTiming;
    }

    public void setFeeTiming(FeeTiming feeTiming) {
        this.feeTiming = feeTiming;
    }

    public List<Long> getAgencyIds() {
        return agencyIds;
    }

    public void setAgencyIds(List<Long> agencyIds) {
        this.agencyIds = agencyIds == null ? new ArrayList<>() : new ArrayList<>(agencyIds);
    }

    public String getResultKind() {
        return resultKind;
    }

    public void setResultKind(String resultKind) {
        this.resultKind = resultKind;
    }

    public boolean isSealedCopy() {
        return sealedCopy;
    }

    public void setSealedCopy(boolean sealedCopy) {
        this.sealedCopy = sealedCopy;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getWhereToSubmit() {
        return whereToSubmit;
    }

    public void setWhereToSubmit(String whereToSubmit) {
        this.whereToSubmit = whereToSubmit;
    }

    public String getComponents() {
        return components;
    }

    public void setComponents(String components) {
        this.components = components;
    }

    public String getFees() {
        return fees;
    }

    public void setFees(String fees) {
        this.fees = fees;
    }

    public String getFields() {
        return fields;
    }

    public void setFields(String fields) {
        this.fields = fields;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
}
