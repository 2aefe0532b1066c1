package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.Notifications;

/** Tells the sender of a report about each change, by e-mail or else by SMS, through the kernel's outbox. */
@ApplicationScoped
public class CitizenNotices {
    @Inject
    Notifications notifications;

    public void changed(FeedbackReport report, String what) {
        String body = "Phản ánh " + report.getTrackingCode() + " \"" + report.getTitle() + "\": " + what
            + "\n\nTra cứu bằng mã " + report.getTrackingCode() + " tại trang Phản ánh của Cổng dịch vụ công.";
        if (report.getContactEmail() != null) {
            notifications.send(Notifications.Channel.EMAIL, report.getContactEmail(),
                "Cập nhật phản ánh " + report.getTrackingCode(), body);
        } else if (report.getContactPhone() != null) {
            notifications.send(Notifications.Channel.SMS, report.getContactPhone(), null,
                body.length() > 300 ? body.substring(0, 297) + "..." : body);
        }
    }
}
