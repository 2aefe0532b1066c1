package vn.egov.feedback.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.egov.feedback.AnswerTemplates;
import vn.egov.feedback.ReportHandling;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.StaffScope;
import vn.egov.feedback.domain.AnswerTemplate;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.RejectionKind;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * One report in the back office: its details, timeline and internal notes, and the steps the
 * staff member may take now. Each step carries the version he saw, so a colleague's change in
 * between gives a clear conflict instead of being overwritten.
 */
@Named
@ViewScoped
public class HandleReport implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    ReportHandling handling;

    @Inject
    StaffScope scope;

    @Inject
    Organisation organisation;

    @Inject
    AnswerTemplates templates;

    @Inject
    Caller caller;

    private String code;
    private long version;
    private transient FeedbackReport report;
    private transient boolean loaded;
    private transient boolean refused;
    private RejectionKind rejectionKind = RejectionKind.OUT_OF_SCOPE;
    private String text;
    private String officer;
    private Long transferTo;
    private String mergeInto;
    private Long templateId;

    public void load() {
        loaded = true;
        report = code == null ? null : queries.byCode(code).orElse(null);
        if (report != null && !scope.canView(caller.username(), report)) {
            PageMessages.error(PageMessages.text(Deadlines.BUNDLE, "handle.notYours"));
            report = null;
            refused = true;
        }
        if (report != null) {
            code = report.getTrackingCode();
            version = report.getVersion();
            if (text == null && report.getStatus() == ReportStatus.IN_PROGRESS && report.getAnswer() != null) {
                text = report.getAnswer();
            }
        }
    }

    public FeedbackReport getReport() {
        if (!loaded && code != null) {
            load();
        }
        return report;
    }

    /** Whether the report exists but is not this officer's to see (the page then says only that). */
    public boolean isRefused() {
        return refused;
    }

    public boolean isScreener() {
        return scope.canScreen(caller.username());
    }

    public boolean isAgencyStaff() {
        return getReport() != null
                && getReport().getAgencyId() != null
                && scope.agenciesOf(caller.username()).contains(getReport().getAgencyId());
    }

    public boolean isLeader() {
        return isAgencyStaff()
                && organisation.agenciesOf(caller.username()).stream()
                        .anyMatch(a -> a.role() == Role.LEADER
                                && a.agency().id().equals(getReport().getAgencyId()));
    }

    /** Officers and leaders of the report's agency, to assign it to. */
    public List<Organisation.StaffMember> getStaff() {
        if (getReport() == null || getReport().getAgencyId() == null) {
            return List.of();
        }
        List<Organisation.StaffMember> staff =
                new ArrayList<>(organisation.staffOf(getReport().getAgencyId(), Role.OFFICER));
        organisation.staffOf(getReport().getAgencyId(), Role.LEADER).stream()
                .filter(l -> staff.stream().noneMatch(s -> s.username().equals(l.username())))
                .forEach(staff::add);
        return staff;
    }

    public List<AnswerTemplate> getTemplates() {
        return getReport() == null
                ? List.of()
                : templates.forCategory(getReport().getCategoryId());
    }

    public void useTemplate() {
        templates.find(templateId).ifPresent(t -> text = t.getBody());
    }

    public RejectionKind[] getRejectionKinds() {
        return RejectionKind.values();
    }

    public String release() {
        return run(() -> handling.release(code, version, caller.username()));
    }

    public String accept() {
        return run(() -> handling.accept(code, version, caller.username()));
    }

    public String reject() {
        return run(() -> handling.reject(code, version, caller.username(), rejectionKind, text));
    }

    public String merge() {
        return run(() -> handling.merge(code, version, caller.username(), mergeInto == null ? "" : mergeInto.strip()));
    }

    public String assign() {
        return run(() -> handling.assign(code, version, caller.username(), officer));
    }

    public String transfer() {
        return run(() -> handling.transfer(code, version, caller.username(), transferTo, text));
    }

    public String start() {
        return run(() -> handling.start(code, version, caller.username()));
    }

    public String draftAnswer() {
        return run(() -> handling.draftAnswer(code, version, caller.username(), text));
    }

    public String approve() {
        return run(() -> handling.approve(code, version, caller.username()));
    }

    public String sendBack() {
        return run(() -> handling.sendBack(code, version, caller.username(), text));
    }

    public String publish() {
        return run(() -> handling.publish(code, version, caller.username()));
    }

    public String close() {
        return run(() -> handling.close(code, version, caller.username()));
    }

    public String addNote() {
        return run(() -> handling.addNote(code, version, caller.username(), text));
    }

    public String redact() {
        return run(() -> handling.redact(code, version, caller.username(), text));
    }

    public String hide() {
        return run(() -> handling.setHidden(
                code, version, caller.username(), !getReport().isHidden(), text));
    }

    /**
     * Takes the step; once taken, the page is fetched again at its own address (post, redirect,
     * get), so a reload neither repeats the step nor loses the report. A refused step stays on
     * the page with what was typed.
     */
    private String run(Runnable step) {
        try {
            step.run();
            text = null;
            PageMessages.info(PageMessages.text(Deadlines.BUNDLE, "handle.saved"));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/office/feedback/report.xhtml?faces-redirect=true&code=" + code;
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        load();
        return null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getVersion() {
        return version;
    }

    public RejectionKind getRejectionKind() {
        return rejectionKind;
    }

    public void setRejectionKind(RejectionKind rejectionKind) {
        this.rejectionKind = rejectionKind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public Long getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Long transferTo) {
        this.transferTo = transferTo;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
