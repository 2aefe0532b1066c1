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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.egov.indices.IndicesModule;
import vn.egov.indices.Plans;
import vn.egov.indices.Units;
import vn.egov.indices.domain.TargetStatus;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * A plan's targets with their status computed now, the headline "16 of 36 met, 7 in progress, 13
 * without a method"; admins add targets and choose how each is measured, owners report a status
 * with evidence.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Plans plans;

    @Inject
    Units units;

    @Inject
    Caller caller;

    @Inject
    Attachments attachments;

    private Long plan;
    private Long target;

    private String text;
    private Long owner;
    private LocalDate deadline;

    private String measure = "INDICATOR";
    private String indicator;
    private BigDecimal targetValue;
    private String status = "IN_PROGRESS";
    private String note;
    private transient Part file;
    private transient List<Plans.Target> targets;

    public void load() {
        List<Plans.Plan> all = plans.plans();
        if (plan == null || all.stream().noneMatch(p -> p.id() == plan)) {
            plan = all.isEmpty() ? null : all.get(0).id();
        }
    }

    public List<Plans.Plan> getPlans() {
        return plans.plans();
    }

    public Plans.Plan getPlanView() {
        return plan == null
                ? null
                : plans.plans().stream().filter(p -> p.id() == plan).findFirst().orElse(null);
    }

    public List<Plans.Target> getTargets() {
        if (targets == null) {
            targets = plan == null ? List.of() : plans.targets(plan);
        }
        return targets;
    }

    public Plans.Summary getSummary() {
        return Plans.summary(getTargets());
    }

    public Plans.Target getSelected() {
        return target == null
                ? null
                : getTargets().stream()
                        .filter(t -> t.target().getId().equals(target))
                        .findFirst()
                        .orElse(null);
    }

    public boolean isAdmin() {
        return caller.hasRole(Role.ADMIN);
    }

    /** Whether the signed-in person may report the selected target's status (admin or its department). */
    public boolean isMayReport() {
        Plans.Target t = getSelected();
        return t != null
                && (isAdmin()
                        || (t.target().getOwnerId() != null
                                && caller.agencies().stream()
                                        .anyMatch(a -> a.agency()
                                                .id()
                                                .equals(t.target().getOwnerId()))));
    }

    public List<OrgUnitView> getOwners() {
        return units.of(Units.Tier.DEPARTMENT);
    }

    public String ownerName(Long id) {
        return id == null ? "" : units.name(id);
    }

    public String add() {
        load(); // view parameters absent from a postback come back null: defaults again
        try {
            plans.add(plan, text, owner, deadline);
            return done("target.added", null);
        } catch (FieldErrors e) {
            PageMessages.show("add", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String saveMeasure() {
        load(); // view parameters absent from a postback come back null: defaults again
        Plans.Target t = getSelected();
        if (t == null) {
            return null;
        }
        try {
            if ("NONE".equals(measure)) {
                plans.unmeasured(t.target().getId(), t.target().getVersion());
            } else {
                String[] fi = indicator == null ? new String[0] : indicator.split("/", 2);
                if (fi.length != 2) {
                    throw FieldErrors.of("indicator", Message.of(IndicesModule.BUNDLE, "target.noIndicator"));
                }
                plans.measureBy(t.target().getId(), t.target().getVersion(), fi[0].trim(), fi[1].trim(), targetValue);
            }
            return done("target.saved", target);
        } catch (FieldErrors e) {
            PageMessages.show("measure", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String report() {
        load(); // view parameters absent from a postback come back null: defaults again
        Plans.Target t = getSelected();
        if (t == null) {
            return null;
        }
        try {
            UUID evidence = null;
            if (file != null && file.getSize() > 0) {
                String name = file.getSubmittedFileName() == null ? "minh-chung" : file.getSubmittedFileName();
                try (InputStream in = file.getInputStream()) {
                    evidence = attachments.store(name, in.readAllBytes()).id();
                } catch (IOException x) {
                    throw FieldErrors.of("file", Message.of(IndicesModule.BUNDLE, "entry.uploadFailed"));
                }
            }
            plans.report(t.target().getId(), t.target().getVersion(), TargetStatus.valueOf(status), evidence, note);
            return done("target.saved", target);
        } catch (FieldErrors e) {
            PageMessages.show("report", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    private String done(String key, Long selected) {
        PageMessages.info(Message.of(IndicesModule.BUNDLE, key).onPage());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/office/indices/plan.xhtml?faces-redirect=true&plan=" + plan
                + (selected == null ? "" : "&target=" + selected);
    }

    public Map<String, String> getStatuses() {
        Map<String, String> m = new HashMap<>();
        for (TargetStatus s : TargetStatus.values()) {
            m.put(s.name(), s.name());
        }
        return m;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOwner() {
        return owner;
    }

    public void setOwner(Long owner) {
        this.owner = owner;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
