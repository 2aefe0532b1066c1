package vn.egov.feedback;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.DatabaseLocks;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * Every hour, flags reports still open after their deadline and tells the leaders of the
 * agency handling them, once per deadline (a reopened report can be escalated again). Every
 * server runs the job; the one holding the database's advisory lock does the work. The notice is
 * the bundle's ({@code notice.overdue.*}), sent in Vietnamese.
 */
@Singleton
public class OverdueEscalation {
    private static final Logger LOG = Logger.getLogger(OverdueEscalation.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        int count = escalate(LocalDate.now(clock.withZone(VietnameseDates.ZONE)));
        if (count > 0) {
            LOG.info(() -> count + " overdue feedback report(s) escalated");
        }
    }

    /** Escalates the reports overdue on {@code today}; returns how many. */
    public int escalate(LocalDate today) {
        if (!DatabaseLocks.tryForTransaction(em, "feedback.overdue-escalation")) {
            return 0; // another server is escalating now; what it leaves is done next hour
        }
        List<ReportStatus> open =
                Arrays.stream(ReportStatus.values()).filter(ReportStatus::open).toList();
        List<FeedbackReport> overdue = em.createQuery("""
                select r from FeedbackReport r where r.deadline < :today and r.escalatedAt is null
                and r.status in :open""", FeedbackReport.class)
                .setParameter("today", today)
                .setParameter("open", open)
                .setMaxResults(500)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (FeedbackReport report : overdue) {
            report.markEscalated(now);
            if (report.getAgencyId() != null) {
                for (Organisation.StaffMember leader : organisation.staffOf(report.getAgencyId(), Role.LEADER)) {
                    if (leader.email() != null) {
                        notifications.send(
                                Notifications.Channel.EMAIL,
                                leader.email(),
                                text("notice.overdue.subject", report.getTrackingCode()),
                                text(
                                        "notice.overdue.body",
                                        report.getTitle(),
                                        report.getTrackingCode(),
                                        VietnameseDates.day(report.getDeadline()),
                                        report.getOfficerUsername() == null
                                                ? text("notice.overdue.unassigned")
                                                : report.getOfficerUsername()));
                    }
                }
            }
            audit.record(
                    "feedback.escalated",
                    "feedback_report",
                    report.getTrackingCode(),
                    "deadline " + VietnameseDates.day(report.getDeadline()));
        }
        return overdue.size();
    }

    /** A text of the feedback bundle in Vietnamese, the language notices are sent in. */
    private static String text(String key, Object... args) {
        return Message.text(Message.VIETNAMESE, FeedbackModule.BUNDLE, key, args);
    }
}
