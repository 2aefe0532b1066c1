package vn.egov.feedback;

/** No report has this tracking code. */
public class ReportNotFound extends FeedbackRefusal {
    public ReportNotFound(String trackingCode) {
        super("Không tìm thấy phản ánh có mã " + trackingCode + ".");
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public String code() {
        return "not_found";
    }
}
