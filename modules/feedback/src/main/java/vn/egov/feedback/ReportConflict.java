package vn.egov.feedback;

/** Someone else changed the report since it was opened; the change was not applied. */
public class ReportConflict extends FeedbackRefusal {
    public ReportConflict(String trackingCode) {
        super("Phản ánh " + trackingCode + " vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi rồi thực hiện lại.");
    }

    @Override
    public int httpStatus() {
        return 409;
    }

    @Override
    public String code() {
        return "conflict";
    }
}
