package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OwnItem;
import vn.egov.kernel.api.OwnItems;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseMoments;

/** The reports a citizen sent from his account, for his own page: two queries however many there are. */
@ApplicationScoped
public class FeedbackOwnItems implements OwnItems {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Override
    public List<OwnItem> of(String username, int limit) {
        if (username == null) {
            return List.of();
        }
        List<FeedbackReport> reports = em.createQuery(
                        "select r from FeedbackReport r where r.citizenUsername = :u order by r.receivedAt desc",
                        FeedbackReport.class)
                .setParameter("u", username)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, OffsetDateTime> lastChange = new HashMap<>();
        for (Object row : em.createNativeQuery("select e.report_id, max(e.at) from feedback.report_event e"
                        + " join feedback.report r on r.id = e.report_id where r.citizen_username = ?1"
                        + " group by e.report_id")
                .setParameter(1, username)
                .getResultList()) {
            Object[] cells = (Object[]) row;
            lastChange.put(((Number) cells[0]).longValue(), DatabaseMoments.of(cells[1]));
        }
        int reopenDays = settings.integer(FeedbackModule.REOPEN_DAYS);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return reports.stream()
                .map(r -> new OwnItem(
                        "feedback",
                        Message.of(FeedbackModule.BUNDLE, "own.kind"),
                        r.getTrackingCode(),
                        r.getTitle(),
                        Message.of(
                                FeedbackModule.BUNDLE, "status." + r.getStatus().name()),
                        lastChange.getOrDefault(r.getId(), r.getReceivedAt()),
                        nextStep(r, now, reopenDays),
                        "/feedback/track.xhtml?code=" + r.getTrackingCode()))
                .toList();
    }

    /** An answered report he has not rated yet asks for his verdict (and may be reopened within the window). */
    static Message nextStep(FeedbackReport report, OffsetDateTime now, int reopenDays) {
        if (report.getStatus() != ReportStatus.PUBLISHED || report.getRating() != null) {
            return null;
        }
        boolean reopenable = report.getPublishedAt() != null
                && Duration.between(report.getPublishedAt(), now).toDays() < reopenDays;
        return reopenable
                ? Message.of(FeedbackModule.BUNDLE, "own.next.rateOrReopen", reopenDays)
                : Message.of(FeedbackModule.BUNDLE, "own.next.rate");
    }
}
