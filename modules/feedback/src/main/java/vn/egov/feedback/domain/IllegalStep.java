package vn.egov.feedback.domain;

/** A step the report's procedure does not allow now (answering a rejected report, for instance). */
public class IllegalStep extends IllegalStateException {
    public IllegalStep(String message) {
        super(message);
    }
}
