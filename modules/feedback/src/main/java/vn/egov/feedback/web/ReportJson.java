package vn.egov.feedback.web;

import java.util.List;
import java.util.UUID;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** The JSON shapes of the feedback API for the mobile app. */
public final class ReportJson {
    private ReportJson() {}

    /** A new report as the app sends it; photos are attachment ids from POST /api/v1/attachments or multipart parts. */
    public record NewReport(
            String category,
            String title,
            String description,
            String address,
            Long communeId,
            Double latitude,
            Double longitude,
            Boolean anonymous,
            String contactName,
            String contactPhone,
            String contactEmail,
            Boolean consentToPublish,
            List<UUID> photoIds) {

        public ReportDraft draft() {
            return new ReportDraft(
                    category,
                    title,
                    description,
                    address,
                    communeId,
                    latitude,
                    longitude,
                    Boolean.TRUE.equals(anonymous),
                    contactName,
                    contactPhone,
                    contactEmail,
                    Boolean.TRUE.equals(consentToPublish),
                    photoIds);
        }
    }

    /** A rating; senderKey is the key given when the report was sent, needed unless the sending account is signed in. */
    public record RatingRequest(String rating, String senderKey) {}

    /** A reopening; senderKey as for a rating. */
    public record ReopenRequest(String reason, String senderKey) {}

    public record Step(String at, String kind, String note) {}

    /**
     * What anyone holding the code sees; never the contact details or internal notes. senderKey is
     * only in the answer to the sender's own submission: the proof he needs to rate or reopen.
     */
    public record ReportView(
            String trackingCode,
            String title,
            String description,
            String category,
            String status,
            String receivedAt,
            String deadline,
            String answer,
            String publishedAt,
            String rating,
            String rejectionKind,
            String rejectionReason,
            List<UUID> photoIds,
            List<Step> timeline,
            String senderKey) {

        public static ReportView of(FeedbackReport r, String categoryCode) {
            List<Step> steps = r.getTimeline().stream()
                    .filter(e -> !e.isInternal())
                    .map(e -> new Step(
                            vietnam(e.getAt()), e.getKind(), e.getKind().equals("ASSIGNED") ? null : e.getNote()))
                    .toList();
            return new ReportView(
                    r.getTrackingCode(),
                    r.getTitle(),
                    r.getDescription(),
                    categoryCode,
                    r.getStatus().name(),
                    vietnam(r.getReceivedAt()),
                    r.getDeadline() == null ? null : r.getDeadline().toString(),
                    r.getStatus().answered() ? r.getAnswer() : null,
                    vietnam(r.getPublishedAt()),
                    r.getRating() == null ? null : r.getRating().name(),
                    r.getRejectionKind() == null ? null : r.getRejectionKind().name(),
                    r.getRejectionReason(),
                    r.getPhotoIds(),
                    steps,
                    r.getIssuedSenderKey());
        }
    }

    /** A moment in ISO 8601 with Vietnam's offset, as the app shows it; null stays null. */
    static String vietnam(java.time.OffsetDateTime at) {
        return at == null
                ? null
                : at.atZoneSameInstant(VietnameseDates.ZONE).toOffsetDateTime().toString();
    }

    public record CategoryView(String code, String name, String nameEn, String parent, int slaWorkingDays) {}
}
