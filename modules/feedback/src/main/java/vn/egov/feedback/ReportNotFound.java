package vn.egov.feedback;

/** No report has this tracking code. */
public class ReportNotFound extends FeedbackRefusal {
    public ReportNotFound(String trackingCode) {
        super(404, "not_found", "refusal.notFound", trackingCode);
    }
}
