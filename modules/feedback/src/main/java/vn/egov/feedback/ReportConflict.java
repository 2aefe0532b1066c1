package vn.egov.feedback;

/** Someone else changed the report since it was opened; the change was not applied. */
public class ReportConflict extends FeedbackRefusal {
    public ReportConflict(String trackingCode) {
        super(409, "conflict", "refusal.conflict", trackingCode);
    }
}
