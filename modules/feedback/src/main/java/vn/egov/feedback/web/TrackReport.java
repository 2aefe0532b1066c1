package vn.egov.feedback.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.feedback.CitizenActions;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.Rating;
import vn.egov.feedback.domain.ReportEvent;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * Following a report by its tracking code, without logging in: status, public timeline, answer.
 * Rating and reopening are for the sender only: his signed-in account, or the sender key from his
 * own link ({@code ?key=}), which the page carries in the view.
 */
@Named
@ViewScoped
public class TrackReport implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    CitizenActions actions;

    @Inject
    Caller caller;

    private String code;
    private String key;
    private String reopenReason;
    private transient FeedbackReport report;
    private boolean looked;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        looked = true;
        report = queries.byCode(code).orElse(null);
        if (report != null) {
            code = report.getTrackingCode();
        }
    }

    /** Whether the visitor is the report's sender, who may rate and reopen it. */
    public boolean isSender() {
        return getReport() != null && report.sentBy(caller.username(), key);
    }

    public String find() {
        return "/feedback/track.xhtml?faces-redirect=true&code=" + (code == null ? "" : code.strip());
    }

    public boolean isJustSubmitted() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getFlash()
                .get("submitted"));
    }

    public List<ReportEvent> getPublicTimeline() {
        return getReport() == null
                ? List.of()
                : report.getTimeline().stream().filter(e -> !e.isInternal()).toList();
    }

    public String rateSatisfied() {
        return rate(Rating.SATISFIED);
    }

    public String rateNotSatisfied() {
        return rate(Rating.NOT_SATISFIED);
    }

    private String rate(Rating rating) {
        try {
            actions.rate(code, rating, sender());
            PageMessages.info(PageMessages.text(Deadlines.BUNDLE, "track.thanks"));
            return ownAddress();
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        load();
        return null;
    }

    public String reopen() {
        try {
            actions.reopen(code, reopenReason, sender());
            reopenReason = null;
            PageMessages.info(PageMessages.text(Deadlines.BUNDLE, "track.reopened"));
            return ownAddress();
        } catch (Refusal e) {
            PageMessages.error(e);
        }
        load();
        return null;
    }

    /** After a step, the page again at its own address (its code, and the sender's key when he came with it). */
    private String ownAddress() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/feedback/track.xhtml?faces-redirect=true&code=" + code
                + (key == null
                        ? ""
                        : "&key=" + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8));
    }

    private CitizenActions.Sender sender() {
        return new CitizenActions.Sender(caller.username(), key);
    }

    public String getCode() {
        return code;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public void setCode(String code) {
        this.code = code;
    }
    /** The report looked up; after the view moved to another server (restored without it), looked up again. */
    public FeedbackReport getReport() {
        if (report == null && looked) {
            load();
        }
        return report;
    }

    public boolean isLooked() {
        return looked;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
