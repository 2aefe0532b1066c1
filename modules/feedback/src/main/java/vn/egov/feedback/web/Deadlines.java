package vn.egov.feedback.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** The deadline countdown officers see on each report, in working days of the kernel's calendar. */
@Named("feedbackDeadlines")
@ApplicationScoped
public class Deadlines {
    static final String BUNDLE = vn.egov.feedback.FeedbackModule.BUNDLE;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    /** Working days left (negative when overdue), or null when the report has no running deadline. */
    public Integer workingDaysLeft(FeedbackReport report) {
        if (report.getDeadline() == null || !report.getStatus().open()) {
            return null;
        }
        return calendar.workingDaysBetween(LocalDate.now(clock.withZone(VietnameseDates.ZONE)), report.getDeadline());
    }

    public String countdown(FeedbackReport report) {
        Integer left = workingDaysLeft(report);
        if (left == null) {
            return "";
        }
        if (left < 0) {
            return PageMessages.text(BUNDLE, "deadline.late", -left);
        }
        return left == 0
                ? PageMessages.text(BUNDLE, "deadline.today")
                : PageMessages.text(BUNDLE, "deadline.left", left);
    }

    /** CSS class of the countdown badge: late, soon (two working days or less) or plain. */
    public String style(FeedbackReport report) {
        Integer left = workingDaysLeft(report);
        return left == null ? "badge" : left < 0 ? "badge late" : left <= 2 ? "badge soon" : "badge";
    }
}
