package vn.egov.payments;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** The payments module's refusals, their texts in its bundle ({@code refusal.*}). */
public final class PaymentsRefusal extends Refusal {

    private PaymentsRefusal(int status, String code, String field, String key, Object... args) {
        super(status, code, field, Message.of(PaymentsModule.BUNDLE, key, args));
    }

    public static PaymentsRefusal notFound(String key) {
        return new PaymentsRefusal(404, "not_found", null, key);
    }

    public static PaymentsRefusal notAllowed() {
        return new PaymentsRefusal(403, "forbidden", null, "refusal.notAllowed");
    }

    /** Not signed in where the operation needs someone (401). */
    public static PaymentsRefusal signInFirst() {
        return new PaymentsRefusal(401, "unauthorized", null, "refusal.signIn");
    }

    public static PaymentsRefusal conflict(String key, Object... args) {
        return new PaymentsRefusal(409, "conflict", null, key, args);
    }

    public static PaymentsRefusal invalid(String field, String key, Object... args) {
        return new PaymentsRefusal(400, "invalid", field, key, args);
    }

    /** The gateway is not configured or did not answer as it should (503: try later). */
    public static PaymentsRefusal gatewayUnavailable() {
        return new PaymentsRefusal(503, "gateway_unavailable", null, "refusal.gatewayUnavailable");
    }
}
