package vn.egov.feedback;

/** The account may not do this to this report (not in its agency, not a leader there...). */
public class NotAllowed extends FeedbackRefusal {
    public NotAllowed(String key, Object... args) {
        super(403, "forbidden", key, args);
    }
}
