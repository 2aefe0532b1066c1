package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.helpers.PublicAddress;

/**
 * Tells the sender of a report that it arrived and about each change, through the kernel's
 * outbox: by e-mail, else by SMS, to the contact given with the report or, when none was given,
 * to the signed-in sender's account. An anonymous sender without an account hears nothing, and
 * follows the report by its code. The texts are the bundle's ({@code notice.*}), sent in Vietnamese.
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
        String body = text("notice.received.body", report.getTitle(), code);
        String sms = text("notice.received.sms", code);
        if (link != null) {
            body += "\n\n" + text("notice.received.link", link);
            sms += " " + text("notice.received.smsLink", link);
        }
        send(report, text("notice.received.subject", code), body, sms);
    }

    /** Tells the sender what happened to his report: {@code what} is one of the bundle's {@code notice.*} texts. */
    public void changed(FeedbackReport report, Message what) {
        String code = report.getTrackingCode();
        String body = Message.of(FeedbackModule.BUNDLE, "notice.changed.body", code, report.getTitle(), what)
                .in(Message.VIETNAMESE);
        send(report, text("notice.changed.subject", code), body, body);
    }

    /** A text of the feedback bundle in Vietnamese, the language notices are sent in. */
    private static String text(String key, Object... args) {
        return Message.text(Message.VIETNAMESE, FeedbackModule.BUNDLE, key, args);
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
        notifications.tell(email, phone, subject, body, sms, SMS_LENGTH);
    }
}
