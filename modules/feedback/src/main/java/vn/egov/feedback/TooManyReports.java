package vn.egov.feedback;

/**
 * One account, Open311 partner or anonymous sender's address sent more reports in the flood window
 * than the platform accepts. The message says when to try again and how else to be heard.
 */
public class TooManyReports extends FeedbackRefusal {
    private final int retryAfterMinutes;

    public TooManyReports(int windowMinutes) {
        this(windowMinutes, false);
    }

    /** anonymous: the sender was counted by his address, which others behind the same network share. */
    public TooManyReports(int windowMinutes, boolean anonymous) {
        super(429, "too_many_reports", anonymous ? "refusal.floodAddress" : "refusal.floodAccount", windowMinutes);
        this.retryAfterMinutes = windowMinutes;
    }

    public int retryAfterMinutes() {
        return retryAfterMinutes;
    }
}
