package vn.egov.feedback;

/** A request the feedback module refuses for a reason the caller can act on; the REST API maps it to a status code. */
public abstract class FeedbackRefusal extends RuntimeException {

    protected FeedbackRefusal(String message) {
        super(message);
    }

    /** The HTTP status that says it best: 403, 404, 409, 429. */
    public abstract int httpStatus();

    /** A short machine code for API clients. */
    public abstract String code();
}
