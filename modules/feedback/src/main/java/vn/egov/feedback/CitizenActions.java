package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.IllegalStep;
import vn.egov.feedback.domain.Rating;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * What the sender does with an answered report: rate the answer, or reopen the report within the
 * window admins set. Only the sender may: the account that sent it, or whoever holds the sender
 * key given with the acknowledgement. The tracking code is public (Open311 lists it) and proves nothing.
 */
@ApplicationScoped
public class CitizenActions {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    ReportHandling handling;

    @Inject
    Settings settings;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditTrail audit;

    /** Who asks: the signed-in account (or null) and the sender key he presents (or null). */
    public record Sender(String username, String senderKey) {
        @Override
        public String toString() {
            return "Sender[" + username + "]";
        }
    }

    @Transactional(dontRollbackOn = NotAllowed.class)
    public void rate(String code, Rating rating, Sender sender) {
        FeedbackReport report = senders(code, sender, "feedback.rateRefused");
        OffsetDateTime now = OffsetDateTime.now(clock);
        report.rate(rating, now);
        if (rating == Rating.SATISFIED && report.getStatus() == vn.egov.feedback.domain.ReportStatus.PUBLISHED) {
            report.close("citizen", now); // a satisfied sender ends the case
        }
        audit.record("feedback.rated", "feedback_report", code, rating.name());
    }

    @Transactional(dontRollbackOn = NotAllowed.class)
    public void reopen(String code, String reason, Sender sender) {
        FeedbackReport report = senders(code, sender, "feedback.reopenRefused");
        int windowDays = settings.integer(FeedbackModule.REOPEN_DAYS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (report.getPublishedAt() == null
                || Duration.between(report.getPublishedAt(), now).toDays() >= windowDays) {
            throw new IllegalStep("refusal.reopenWindow", windowDays);
        }
        Category category = em.find(Category.class, report.getCategoryId());
        LocalDate today = now.atZoneSameInstant(VietnameseDates.ZONE).toLocalDate();
        report.reopen(
                report.getCitizenUsername() != null ? report.getCitizenUsername() : "citizen",
                reason,
                calendar.addWorkingDays(today, category.getSlaWorkingDays()),
                now);
        audit.record("feedback.reopened", "feedback_report", code, reason);
    }

    /** The report, if the caller is its sender; otherwise the refusal, audited (the transaction commits the entry). */
    private FeedbackReport senders(String code, Sender sender, String refusedAction) {
        FeedbackReport report = handling.find(code);
        if (!report.sentBy(sender.username(), sender.senderKey())) {
            audit.record(
                    refusedAction,
                    "feedback_report",
                    code,
                    sender.username() == null
                            ? "no account, " + (sender.senderKey() == null ? "no sender key" : "wrong sender key")
                            : "account " + sender.username());
            throw new NotAllowed("refusal.notSender");
        }
        return report;
    }
}
