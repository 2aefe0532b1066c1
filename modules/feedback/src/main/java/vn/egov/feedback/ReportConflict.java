package vn.egov.feedback;

/** Someone else changed the report since it was opened; the change was not applied. */
public class ReportConflict extends RuntimeException {
    public ReportConflict(String trackingCode) {
        super("Phản ánh " + trackingCode + " vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi rồi thực hiện lại.");
    }
}
