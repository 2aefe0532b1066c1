package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import vn.egov.feedback.api.ReportAnswered;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.RejectionKind;
import vn.egov.feedback.domain.Routing;
import vn.egov.feedback.domain.RoutingRule;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * The staff's steps on a report. Each takes the version the officer saw: if someone changed
 * the report meanwhile, the step is refused with {@link ReportConflict} instead of overwriting.
 */
@ApplicationScoped
public class ReportHandling {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    StaffScope scope;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    CitizenNotices notices;

    @Inject
    Event<ReportAnswered> answered;

    @Transactional
    public void release(String code, long version, String actor) {
        change(code, version, actor, "RELEASED", r -> {
            scope.requireScreener(actor);
            r.release(actor, now());
        });
    }

    /** Accepts a screened report and routes it to the agency the rules choose (or leaves it for the desk to choose). */
    @Transactional
    public void accept(String code, long version, String actor) {
        change(code, version, actor, "ACCEPTED", r -> {
            scope.requireScreener(actor);
            Category category = em.find(Category.class, r.getCategoryId());
            var rules = em.createQuery("select x from RoutingRule x where x.categoryId = :c", RoutingRule.class)
                    .setParameter("c", category.getId())
                    .getResultList();
            Long agency = Routing.agencyFor(category, r.getCommuneId(), rules).orElse(null);
            LocalDate received =
                    r.getReceivedAt().atZoneSameInstant(VietnameseDates.ZONE).toLocalDate();
            r.accept(actor, agency, calendar.addWorkingDays(received, category.getSlaWorkingDays()), now());
            notices.changed(r, notice("notice.accepted", VietnameseDates.day(r.getDeadline())));
        });
    }

    @Transactional
    public void reject(String code, long version, String actor, RejectionKind kind, String reason) {
        change(code, version, actor, "REJECTED", r -> {
            scope.requireScreener(actor);
            r.reject(actor, kind, reason, now());
            notices.changed(r, notice("notice.rejected", reason));
        });
    }

    @Transactional
    public void merge(String code, long version, String actor, String intoCode) {
        change(code, version, actor, "MERGED", r -> {
            scope.requireScreener(actor);
            FeedbackReport target = find(intoCode);
            r.mergeInto(target, actor, now());
            notices.changed(r, notice("notice.merged", target.getTrackingCode()));
        });
    }

    @Transactional
    public void assign(String code, long version, String actor, String officer) {
        change(code, version, actor, "ASSIGNED", r -> {
            scope.requireAgencyStaff(actor, r);
            boolean member = organisation.staffOf(r.getAgencyId(), Role.OFFICER).stream()
                            .anyMatch(s -> s.username().equalsIgnoreCase(officer))
                    || organisation.staffOf(r.getAgencyId(), Role.LEADER).stream()
                            .anyMatch(s -> s.username().equalsIgnoreCase(officer));
            if (!member) {
                throw FieldErrors.of(
                        "officer", Message.of(FeedbackRefusal.BUNDLE, "refusal.officerElsewhere", officer));
            }
            r.assign(actor, officer, now());
        });
    }

    @Transactional
    public void transfer(String code, long version, String actor, Long toAgencyId, String reason) {
        change(code, version, actor, "TRANSFERRED", r -> {
            if (!scope.canScreen(actor)) {
                scope.requireAgencyStaff(actor, r);
            }
            if (toAgencyId == null
                    || organisation
                            .unit(toAgencyId)
                            .filter(u -> u.agency() && u.active())
                            .isEmpty()) {
                throw FieldErrors.of("transferTo", Message.of(FeedbackRefusal.BUNDLE, "refusal.transferInactive"));
            }
            r.transfer(actor, toAgencyId, reason, now());
        });
    }

    @Transactional
    public void start(String code, long version, String actor) {
        change(code, version, actor, "STARTED", r -> {
            scope.requireAgencyStaff(actor, r);
            r.start(actor, now());
            notices.changed(r, notice("notice.started"));
        });
    }

    @Transactional
    public void draftAnswer(String code, long version, String actor, String answer) {
        change(code, version, actor, "ANSWER_DRAFTED", r -> {
            scope.requireAgencyStaff(actor, r);
            r.draftAnswer(actor, answer, now());
        });
    }

    @Transactional
    public void approve(String code, long version, String actor) {
        change(code, version, actor, "APPROVED", r -> {
            scope.requireLeader(actor, r);
            r.approve(actor, now());
        });
    }

    @Transactional
    public void sendBack(String code, long version, String actor, String reason) {
        change(code, version, actor, "SENT_BACK", r -> {
            scope.requireLeader(actor, r);
            r.sendBack(actor, reason, now());
        });
    }

    @Transactional
    public void publish(String code, long version, String actor) {
        change(code, version, actor, "PUBLISHED", r -> {
            scope.requireAgencyStaff(actor, r);
            r.publish(actor, now());
            notices.changed(r, notice("notice.published", r.getAnswer()));
            answered.fire(new ReportAnswered(
                    r.getTrackingCode(),
                    r.getAgencyId(),
                    r.getCitizenUsername(),
                    r.getPublishedAt().toInstant(),
                    r.getDeadline() == null
                            || !r.getPublishedAt()
                                    .atZoneSameInstant(VietnameseDates.ZONE)
                                    .toLocalDate()
                                    .isAfter(r.getDeadline())));
        });
    }

    @Transactional
    public void close(String code, long version, String actor) {
        change(code, version, actor, "CLOSED", r -> {
            scope.requireAgencyStaff(actor, r);
            r.close(actor, now());
        });
    }

    @Transactional
    public void addNote(String code, long version, String actor, String text) {
        change(code, version, actor, "NOTE", r -> {
            if (!scope.canScreen(actor)) {
                scope.requireAgencyStaff(actor, r);
            }
            r.addNote(actor, text, now());
        });
    }

    @Transactional
    public void redact(String code, long version, String actor, String publicText) {
        change(code, version, actor, "REDACTED", r -> {
            scope.requireAgencyStaff(actor, r);
            r.redact(actor, publicText, now());
        });
    }

    @Transactional
    public void setHidden(String code, long version, String actor, boolean hidden, String reason) {
        change(code, version, actor, hidden ? "HIDDEN" : "SHOWN", r -> {
            if (!scope.canScreen(actor)) {
                scope.requireAgencyStaff(actor, r);
            }
            r.setHidden(actor, hidden, reason, now());
        });
    }

    private void change(String code, long expectedVersion, String actor, String action, Consumer<FeedbackReport> step) {
        FeedbackReport report = find(code);
        if (report.getVersion() != expectedVersion) {
            throw new ReportConflict(report.getTrackingCode());
        }
        step.accept(report);
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new ReportConflict(report.getTrackingCode());
        }
        audit.record(auditAction(action), "feedback_report", report.getTrackingCode(), "by " + actor);
    }

    /** The audit log's name of a step: {@code feedback.} and the step in lower camel case (ANSWER_DRAFTED: answerDrafted). */
    static String auditAction(String step) {
        StringBuilder name = new StringBuilder("feedback.");
        boolean upper = false;
        for (char c : step.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    FeedbackReport find(String code) {
        return em.createQuery("select r from FeedbackReport r where r.trackingCode = :code", FeedbackReport.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ReportNotFound(code));
    }

    /** What a step tells the report's sender (CitizenNotices), from the bundle's {@code notice.*} texts. */
    private static Message notice(String key, Object... args) {
        return Message.of(
                FeedbackModule.BUNDLE,
                key,
                java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toArray());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
