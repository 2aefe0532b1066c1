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
        super("Đã nhận quá nhiều phản ánh từ " + (anonymous ? "địa chỉ mạng này" : "tài khoản này") + " trong " + windowMinutes
            + " phút qua. Vui lòng thử lại sau " + windowMinutes + " phút"
            + (anonymous ? ", hoặc đăng nhập để gửi bằng tài khoản của bạn (được tính riêng)" : "")
            + "; việc gấp xin gọi đường dây nóng hoặc đến Bộ phận Một cửa gần nhất.");
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
