package vn.egov.signing.custody;

/** The custody could not keep or use a key: a wrong master key, a missing token, a damaged reference. */
public class CustodyFailure extends RuntimeException {
    public CustodyFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public CustodyFailure(String message) {
        super(message);
    }
}
