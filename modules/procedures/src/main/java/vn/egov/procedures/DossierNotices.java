package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;

/**
 * Tells the dossier's owner, through the kernel's notifications outbox (in the step's transaction),
 * what a step means for him: received, asked to complete, refused, extended, stopped, decided,
 * returned. By e-mail when the dossier or his account has an address, else by SMS; in Vietnamese.
 */
@ApplicationScoped
public class DossierNotices {
    static final int SMS_LENGTH = 160;

    /** The steps the owner hears about. */
    static final Set<DossierAction> TOLD = EnumSet.of(
            DossierAction.RECEIVE,
            DossierAction.ASK_COMPLETION,
            DossierAction.REFUSE,
            DossierAction.REQUEST_SUPPLEMENT,
            DossierAction.REQUEST_FEE,
            DossierAction.EXTEND,
            DossierAction.STOP,
            DossierAction.ACCEPT_WITHDRAWAL,
            DossierAction.SIGN_RESULT,
            DossierAction.RETURN_RESULT);

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    PublicAddress address;

    public void stepTaken(Dossier d, DossierAction action, String note) {
        if (!TOLD.contains(action) || d.isGenerated()) {
            return;
        }
        String link = address.of("procedures/lookup.xhtml") + "?code=" + d.getCode();
        String status = text("status." + d.getStatus().name());
        String subject = text("notice.subject", d.getCode(), status);
        String body =
                text("notice.body", d.getCode(), d.getProcedure().getName(), status, note == null ? "" : note, link);
        String sms = text("notice.sms", d.getCode(), status, link);
        String email = d.getOwnerEmail();
        String phone = d.getOwnerPhone();
        if (d.getApplicantUsername() != null) {
            var account = accounts.find(d.getApplicantUsername()).filter(Accounts.AccountView::enabled);
            if (email == null) {
                email = account.map(Accounts.AccountView::email)
                        .filter(e -> !e.isBlank())
                        .orElse(null);
            }
            if (phone == null) {
                phone = account.map(Accounts.AccountView::phone)
                        .filter(p -> !p.isBlank())
                        .orElse(null);
            }
        }
        notifications.tell(email, phone, subject, body, sms, SMS_LENGTH);
    }

    private static String text(String key, Object... args) {
        return Message.text(Message.VIETNAMESE, ProceduresModule.BUNDLE, key, args);
    }
}
