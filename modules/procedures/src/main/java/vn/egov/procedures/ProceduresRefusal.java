package vn.egov.procedures;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/** The procedures module's refusals, their texts in its bundle ({@code refusal.*}). */
public final class ProceduresRefusal extends Refusal {
    private static final long serialVersionUID = 1L;

    private ProceduresRefusal(int status, String code, String field, String key, Object... args) {
        super(status, code, field, Message.of(ProceduresModule.BUNDLE, key, args));
    }

    public static ProceduresRefusal notFound(String key, Object... args) {
        return new ProceduresRefusal(404, "not_found", null, key, args);
    }

    public static ProceduresRefusal notAllowed() {
        return new ProceduresRefusal(403, "forbidden", null, "refusal.notAllowed");
    }

    public static ProceduresRefusal signInFirst() {
        return new ProceduresRefusal(401, "unauthorized", null, "refusal.signIn");
    }

    /** The dossier changed since the page showed it (409). */
    public static ProceduresRefusal stale() {
        return new ProceduresRefusal(409, "conflict", null, "refusal.stale");
    }

    public static ProceduresRefusal conflict(String key, Object... args) {
        return new ProceduresRefusal(409, "conflict", null, key, args);
    }

    public static ProceduresRefusal invalid(String field, String key, Object... args) {
        return new ProceduresRefusal(400, "invalid", field, key, args);
    }
}
