package vn.egov.feedback;

/** The account may not do this to this report (not in its agency, not a leader there...). */
public class NotAllowed extends FeedbackRefusal {
    public NotAllowed(String message) {
        super(message);
    }

    @Override
    public int httpStatus() {
        return 403;
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
