package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.IllegalStep;
import vn.egov.feedback.domain.Rating;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.VietnameseDates;
import vn.egov.kernel.api.WorkingDayCalendar;

/**
 * What the sender does with an answered report, knowing only its tracking code: rate the answer,
 * or reopen the report within the window admins set.
 */
@ApplicationScoped
public class CitizenActions {
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

    @Transactional
    public void rate(String code, Rating rating) {
        FeedbackReport report = handling.find(code);
        OffsetDateTime now = OffsetDateTime.now();
        report.rate(rating, now);
        if (rating == Rating.SATISFIED && report.getStatus() == vn.egov.feedback.domain.ReportStatus.PUBLISHED) {
            report.close("citizen", now);  // a satisfied sender ends the case
        }
        audit.record("FEEDBACK_RATED", "feedback_report", code, rating.name());
    }

    @Transactional
    public void reopen(String code, String reason) {
        FeedbackReport report = handling.find(code);
        int windowDays = settings.getInt(FeedbackModule.REOPEN_DAYS, 10);
        OffsetDateTime now = OffsetDateTime.now();
        if (report.getPublishedAt() == null || Duration.between(report.getPublishedAt(), now).toDays() >= windowDays) {
            throw new IllegalStep("Chỉ mở lại được trong " + windowDays + " ngày sau khi có trả lời.");
        }
        Category category = em.find(Category.class, report.getCategoryId());
        LocalDate today = now.atZoneSameInstant(VietnameseDates.ZONE).toLocalDate();
        report.reopen(report.getCitizenUsername() != null ? report.getCitizenUsername() : "citizen", reason,
            calendar.addWorkingDays(today, category.getSlaWorkingDays()), now);
        audit.record("FEEDBACK_REOPENED", "feedback_report", code, reason);
    }
}
