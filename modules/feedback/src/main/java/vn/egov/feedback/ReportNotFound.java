package vn.egov.feedback;

/** No report has this tracking code. */
public class ReportNotFound extends RuntimeException {
    public ReportNotFound(String trackingCode) {
        super("Không tìm thấy phản ánh có mã " + trackingCode + ".");
    }
}
