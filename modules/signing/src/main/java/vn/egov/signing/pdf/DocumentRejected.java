package vn.egov.signing.pdf;

/**
 * The uploaded file cannot be signed or verified. The reason names a message in the module's
 * bundle ({@code document.<reason>}), so pages and the API tell the user in his language.
 */
public class DocumentRejected extends RuntimeException {
    /** Why a document was refused. */
    public enum Reason {
        NOT_PDF,
        DAMAGED,
        ENCRYPTED,
        NO_SUCH_PAGE,
        TOO_LARGE,
        TOO_MANY_SIGNATURES
    }

    private final Reason reason;

    public DocumentRejected(Reason reason, Throwable cause) {
        super(reason.name(), cause);
        this.reason = reason;
    }

    public DocumentRejected(Reason reason) {
        this(reason, null);
    }

    public Reason reason() {
        return reason;
    }
}
