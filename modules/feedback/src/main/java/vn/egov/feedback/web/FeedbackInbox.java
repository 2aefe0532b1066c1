package vn.egov.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.ReportQueries.InboxFilter;
import vn.egov.feedback.ReportQueries.InboxPage;
import vn.egov.feedback.ReportQueries.InboxSort;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.api.Caller;

/**
 * A staff member's feedback inbox: his agencies' reports (and the screening queue) a page at a
 * time, searchable by code, words or the sender's name, sorted by deadline or date, with counts
 * per status. Every filter is in the address, so a filtered page can be bookmarked and reloaded.
 */
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
    private String q;
    private InboxSort sort = InboxSort.DEADLINE;
    private int page;
    private transient InboxPage result;

    public InboxPage getResult() {
        if (result == null) {
            result = queries.inbox(caller.username(), new InboxFilter(status, overdue, q, sort, page));
        }
        return result;
    }

    public List<ReportStatus> getCountedStatuses() {
        return List.copyOf(getResult().counts().keySet());
    }

    public InboxSort[] getSorts() {
        return InboxSort.values();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return page + 1 < getResult().pages();
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

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public String getSort() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    public void setSort(String value) {
        try {
            this.sort = value == null || value.isBlank()
                    ? InboxSort.DEADLINE
                    : InboxSort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            this.sort = InboxSort.DEADLINE;
        }
    }

    public int getPage() {
        return page;
    }

    /** Pages are counted from 1 in the address, as people count them. */
    public int getPageNumber() {
        return page + 1;
    }

    public void setPageNumber(int number) {
        this.page = Math.max(0, Math.min(number - 1, 100_000));
    }

    private static ReportStatus parse(String value) {
        try {
            return ReportStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
