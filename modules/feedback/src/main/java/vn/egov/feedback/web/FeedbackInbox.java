package vn.egov.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.api.Caller;

/** A staff member's feedback inbox: his agencies' reports (and the screening queue), with counts and filters. */
@Named
@ViewScoped
public class FeedbackInbox implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    Caller caller;

    private ReportStatus status;
    private boolean overdue;
    private transient List<FeedbackReport> reports;
    private transient Map<ReportStatus, Long> counts;

    public List<FeedbackReport> getReports() {
        if (reports == null) {
            reports = queries.inbox(caller.username(), status, overdue);
        }
        return reports;
    }

    /** How many of the staff member's unfinished reports are in each status. */
    public Map<ReportStatus, Long> getCounts() {
        if (counts == null) {
            counts = new EnumMap<>(ReportStatus.class);
            for (FeedbackReport r : queries.inbox(caller.username(), null, false)) {
                counts.merge(r.getStatus(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public List<ReportStatus> getCountedStatuses() {
        return List.copyOf(getCounts().keySet());
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    public String getStatus() {
        return status == null ? null : status.name();
    }

    public void setStatus(String value) {
        this.status = value == null || value.isBlank() ? null : parse(value);
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    private static ReportStatus parse(String value) {
        try {
            return ReportStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
