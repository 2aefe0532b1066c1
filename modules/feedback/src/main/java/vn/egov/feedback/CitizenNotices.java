package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.helpers.PublicAddress;

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

    @Inject
    PublicAddress address;

    /**
     * The acknowledgement with the tracking code and, when one was just issued, the sender's own
     * link: the only way for a sender without an account to rate or reopen his report.
     */
    public void received(FeedbackReport report) {
        String code = report.getTrackingCode();
        String link = report.getIssuedSenderKey() == null
                ? null
                : address.of("feedback/track.xhtml?code=" + code + "&key=" + report.getIssuedSenderKey());
        String body = "Phản ánh \"" + report.getTitle() + "\" đã được tiếp nhận với mã " + code
                + ". Tra cứu kết quả xử lý tại trang Phản ánh bằng mã này.";
        String sms = "Phản ánh " + code + " đã được tiếp nhận.";
        if (link != null) {
            body += "\n\nĐể đánh giá câu trả lời hoặc mở lại phản ánh, dùng liên kết riêng của bạn (không chia sẻ):\n"
                    + link;
            sms += " Theo dõi, đánh giá (liên kết riêng của bạn): " + link;
        }
        send(report, "Đã tiếp nhận phản ánh " + code, body, sms);
    }

    public void changed(FeedbackReport report, String what) {
        String body = "Phản ánh " + report.getTrackingCode() + " \"" + report.getTitle() + "\": " + what
                + "\n\nTra cứu bằng mã " + report.getTrackingCode() + " tại trang Phản ánh của Cổng dịch vụ công.";
        send(report, "Cập nhật phản ánh " + report.getTrackingCode(), body, body);
    }

    private void send(FeedbackReport report, String subject, String body, String sms) {
        String email = report.getContactEmail();
        String phone = report.getContactPhone();
        if (email == null && phone == null && report.getCitizenUsername() != null) {
            var account = accounts.find(report.getCitizenUsername()).filter(Accounts.AccountView::enabled);
            email = account.map(Accounts.AccountView::email)
                    .filter(e -> !e.isBlank())
                    .orElse(null);
            phone = account.map(Accounts.AccountView::phone)
                    .filter(p -> !p.isBlank())
                    .orElse(null);
        }
        if (email != null) {
            notifications.send(Notifications.Channel.EMAIL, email, subject, body);
        } else if (phone != null) {
            notifications.send(
                    Notifications.Channel.SMS,
                    phone,
                    null,
                    sms.length() > SMS_LENGTH ? sms.substring(0, SMS_LENGTH - 3) + "..." : sms);
        }
    }
}
