package vn.egov.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.egov.kernel.api.Message;
import vn.egov.payments.OnlinePayments;
import vn.egov.payments.domain.PaymentAttempt;

/**
 * The page between the platform and the gateway ({@code /payments/go.xhtml?ref=}): it sends the
 * payer on to the gateway's signed address (at once, and by a link he can follow himself) while the
 * attempt is still open; afterwards it points back to the order.
 */
@Named
@RequestScoped
public class GatewayHop {
    @Inject
    OnlinePayments online;

    private String ref;
    private PaymentAttempt attempt;
    private String target;

    public void load() {
        attempt = online.byTxnRef(ref, false).orElse(null);
        if (attempt != null && !attempt.isFinished()) {
            target = online.gatewayAddress(
                            attempt, "en".equals(Message.pageLocale().getLanguage()) ? "en" : "vi")
                    .orElse(null);
        }
    }

    public PaymentAttempt getAttempt() {
        return attempt;
    }

    public String getTarget() {
        return target;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
