package vn.egov.feedback;

/** The account may not do this to this report (not in its agency, not a leader there...). */
public class NotAllowed extends RuntimeException {
    public NotAllowed(String message) {
        super(message);
    }
}
