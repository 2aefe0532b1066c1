package vn.egov.payments.domain;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** A decision taken by someone other than who asked for it (refunds, receipt replacements). */
final class FourEyes {
    private FourEyes() {}

    /**
     * @throws Refusal 409 when the request was decided already, 403 when the decider is the requester
     */
    static void check(boolean stillRequested, String requestedBy, String decider) {
        if (!stillRequested) {
            throw new Refusal(409, "conflict", null, Message.of("i18n.payments", "refund.decided"));
        }
        if (decider == null || decider.equals(requestedBy)) {
            throw new Refusal(403, "forbidden", null, Message.of("i18n.payments", "refund.fourEyes"));
        }
    }
}
