package vn.egov.kernel;

import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/**
 * A request the kernel refuses for a reason the caller can act on (a code already used, a unit
 * not found, an account that cannot be given a staff role...); its text is a key of the kernel's
 * bundle, read in the page's language or the API caller's. Pages show it with
 * {@code PageMessages.error(refusal)}; the REST API answers it with its status and code.
 */
public class KernelRefusal extends Refusal {
    /** The kernel's bundle, where every text it shows is kept. */
    public static final String BUNDLE = KernelModule.BUNDLE;

    protected KernelRefusal(int status, String code, String field, String key, Object... args) {
        super(status, code, field, text(key, args));
    }

    /** A text of the kernel's bundle, for field errors and notices. */
    public static Message text(String key, Object... args) {
        return Message.of(BUNDLE, key, args);
    }

    /** 400 {@code invalid}: the request itself is wrong. */
    public static KernelRefusal invalid(String key, Object... args) {
        return new KernelRefusal(400, "invalid", null, key, args);
    }

    /** 400 {@code invalid}, about one input field. */
    public static KernelRefusal invalidField(String field, String key, Object... args) {
        return new KernelRefusal(400, "invalid", field, key, args);
    }

    /** 404 {@code not_found}: what the request names does not exist. */
    public static KernelRefusal notFound(String key, Object... args) {
        return new KernelRefusal(404, "not_found", null, key, args);
    }

    /** 409 {@code conflict}: the request is well formed, but what is recorded does not allow it. */
    public static KernelRefusal conflict(String key, Object... args) {
        return new KernelRefusal(409, "conflict", null, key, args);
    }
}
