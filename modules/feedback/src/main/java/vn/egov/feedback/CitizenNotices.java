package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Notifications;

/**
 * Tells the sender of a report that it arrived and about each change, through the kernel's
 * outbox: by e-mail, else by SMS, to the contact given with the report or, when none was given,
 * to the signed-in sender's account. An anonymous sender without an account hears nothing, and
 * follows the report by its code.
 */
@ApplicationScoped
public class CitizenNotices {
    private static final int SMS_LENGTH = 300;

    @Inject
    Notifications notifications;
    @Inject
    Accounts accounts;

    /** The acknowledgement with the tracking code, sent when the report is stored. */
    public void received(FeedbackReport report) {
        send(report, "Đã tiếp nhận phản ánh " + report.getTrackingCode(), "Phản ánh \"" + report.getTitle()
            + "\" đã được tiếp nhận với mã " + report.getTrackingCode()
            + ". Tra cứu kết quả xử lý tại trang Phản ánh bằng mã này.");
    }

    public void changed(FeedbackReport report, String what) {
        send(report, "Cập nhật phản ánh " + report.getTrackingCode(), "Phản ánh " + report.getTrackingCode() + " \""
            + report.getTitle() + "\": " + what + "\n\nTra cứu bằng mã " + report.getTrackingCode()
            + " tại trang Phản ánh của Cổng dịch vụ công.");
    }

    private void send(FeedbackReport report, String subject, String body) {
        String email = report.getContactEmail();
        String phone = report.getContactPhone();
        if (email == null && phone == null && report.getCitizenUsername() != null) {
            var account = accounts.find(report.getCitizenUsername()).filter(Accounts.AccountView::enabled);
            email = account.map(Accounts.AccountView::email).filter(e -> !e.isBlank()).orElse(null);
            phone = account.map(Accounts.AccountView::phone).filter(p -> !p.isBlank()).orElse(null);
        }
        if (email != null) {
            notifications.send(Notifications.Channel.EMAIL, email, subject, body);
        } else if (phone != null) {
            notifications.send(Notifications.Channel.SMS, phone, null,
                body.length() > SMS_LENGTH ? body.substring(0, SMS_LENGTH - 3) + "..." : body);
        }
    }
}
