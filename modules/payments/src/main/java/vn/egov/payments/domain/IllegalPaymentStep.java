package vn.egov.payments.domain;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** A step the attempt's state does not allow (409). */
public class IllegalPaymentStep extends Refusal {
    public IllegalPaymentStep(PaymentState from, String step) {
        super(409, "illegal_step", null, Message.of("i18n.payments", "refusal.illegalStep", from.name(), step));
    }
}
