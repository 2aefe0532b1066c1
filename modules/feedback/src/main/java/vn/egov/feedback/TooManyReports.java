package vn.egov.feedback;

/** One account or address sent more reports in the flood window than the platform accepts. */
public class TooManyReports extends FeedbackRefusal {
    private final int retryAfterMinutes;

    public TooManyReports(int windowMinutes) {
        super("Bạn đã gửi quá nhiều phản ánh trong " + windowMinutes + " phút qua. Vui lòng thử lại sau.");
        this.retryAfterMinutes = windowMinutes;
    }

    public int retryAfterMinutes() {
        return retryAfterMinutes;
    }

    @Override
    public int httpStatus() {
        return 429;
    }

    @Override
    public String code() {
        return "too_many_reports";
    }
}
