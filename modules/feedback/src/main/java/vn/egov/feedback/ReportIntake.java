package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.domain.Screening;
import vn.egov.feedback.domain.TrackingCodes;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;

/** Receives citizens' reports from every channel: checks, screens, stores and acknowledges them. */
@ApplicationScoped
public class ReportIntake {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;
    @Inject
    Settings settings;
    @Inject
    Organisation organisation;
    @Inject
    Attachments attachments;
    @Inject
    AuditTrail audit;
    @Inject
    CitizenNotices notices;
    @Inject
    ActiveCategories categories;

    private volatile CurrentScreening screening;

    /**
     * Stores a report and returns it with its tracking code. Throws {@link FieldErrors} for bad
     * input and {@link TooManyReports} for a flood; in both cases nothing is saved.
     */
    @Transactional
    public FeedbackReport submit(ReportDraft draft, Channel channel, String citizenUsername, String sourceAddress) {
        long categoryId = checked(draft);
        for (UUID photo : draft.photoIds()) {
            if (attachments.find(photo).filter(f -> f.contentType().startsWith("image/")).isEmpty()) {
                throw FieldErrors.of("photos", "Ảnh " + photo + " không có hoặc không phải là ảnh.");
            }
        }
        int recent = recentFrom(citizenUsername, sourceAddress);
        int window = settings.getInt(FeedbackModule.FLOOD_WINDOW_MINUTES, 60);
        if (recent >= settings.getInt(FeedbackModule.FLOOD_REFUSE_AFTER, 10)) {
            audit.record("FEEDBACK_FLOOD_REFUSED", "feedback_report", null, "from " + source(citizenUsername, sourceAddress));
            throw new TooManyReports(window);
        }
        List<String> reasons = screening().reasons(draft.title(), draft.description(), recent);
        FeedbackReport report = new FeedbackReport(draft, categoryId, TrackingCodes.next(), channel, citizenUsername,
            sourceAddress, OffsetDateTime.now(), reasons);
        em.persist(report);
        em.flush();
        audit.record("FEEDBACK_SUBMITTED", "feedback_report", report.getTrackingCode(),
            channel + (reasons.isEmpty() ? "" : ", held: " + String.join("; ", reasons)));
        notices.received(report);
        return report;
    }

    /** A photo as it arrives from a form or an upload: the name the sender gave it and its bytes. */
    public record Photo(String fileName, byte[] content) {
    }

    /**
     * Stores the photos through the kernel's attachment store and the report, in one transaction:
     * if the report is refused, the photos are not kept either.
     */
    @Transactional
    public FeedbackReport submit(ReportDraft draft, List<Photo> photos, Channel channel, String citizenUsername,
                                 String sourceAddress) {
        checked(draft);
        if (photos.size() + draft.photoIds().size() > ReportDraft.MAX_PHOTOS) {
            throw FieldErrors.of("photos", "Tối đa " + ReportDraft.MAX_PHOTOS + " ảnh cho một phản ánh.");
        }
        List<UUID> ids = new java.util.ArrayList<>(draft.photoIds());
        for (Photo photo : photos) {
            Attachments.StoredFile stored;
            try {
                stored = attachments.store(photo.fileName(), photo.content());
            } catch (FieldErrors refused) {
                throw FieldErrors.of("photos", photo.fileName() + ": " + String.join(" ", refused.byField().values()));
            }
            if (!stored.contentType().startsWith("image/")) {
                throw FieldErrors.of("photos", "Tệp " + photo.fileName() + " không phải là ảnh (JPEG hoặc PNG).");
            }
            ids.add(stored.id());
        }
        ReportDraft withPhotos = new ReportDraft(draft.categoryCode(), draft.title(), draft.description(), draft.address(),
            draft.communeId(), draft.latitude(), draft.longitude(), draft.anonymous(), draft.contactName(),
            draft.contactPhone(), draft.contactEmail(), draft.consentToPublish(), ids);
        return submit(withPhotos, channel, citizenUsername, sourceAddress);
    }

    /** The id of the draft's category, or every problem with the draft at once, each on its field. */
    private long checked(ReportDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Long> category = draft.categoryCode() == null || draft.categoryCode().isBlank() ? Optional.empty()
            : categories.idOf(draft.categoryCode().strip());
        if (category.isEmpty() && draft.categoryCode() != null && !draft.categoryCode().isBlank()) {
            errors.put("category", "Lĩnh vực \"" + draft.categoryCode() + "\" không tồn tại.");
        }
        try {
            draft.check();
        } catch (FieldErrors wrong) {
            wrong.byField().forEach(errors::putIfAbsent);
        }
        if (draft.communeId() != null && organisation.unit(draft.communeId()).filter(u -> !u.agency() && u.active()).isEmpty()) {
            errors.putIfAbsent("commune", "Xã, phường đã chọn không tồn tại.");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return category.get();
    }

    /** The screening for the current settings, rebuilt only when an admin has changed them. */
    Screening screening() {
        List<String> lists = List.of(settings.get(FeedbackModule.KEYWORDS_BETTING, ""),
            settings.get(FeedbackModule.KEYWORDS_SEO, ""), settings.get(FeedbackModule.KEYWORDS_ABUSE, ""));
        int holdAfter = settings.getInt(FeedbackModule.FLOOD_HOLD_AFTER, 3);
        CurrentScreening current = screening;
        if (current == null || !current.lists().equals(lists) || current.holdAfter() != holdAfter) {
            current = new CurrentScreening(lists, holdAfter, new Screening(lists, holdAfter));
            screening = current;
        }
        return current.screening();
    }

    private record CurrentScreening(List<String> lists, int holdAfter, Screening screening) {
    }

    /**
     * Reports from the same account (or, for anonymous senders, the same address) within the flood
     * window, counted only as far as the limits need: a flood must not make each refusal slower.
     */
    int recentFrom(String citizenUsername, String sourceAddress) {
        if (citizenUsername == null && sourceAddress == null) {
            return 0;
        }
        OffsetDateTime since = OffsetDateTime.now().minusMinutes(settings.getInt(FeedbackModule.FLOOD_WINDOW_MINUTES, 60));
        int enough = Math.max(settings.getInt(FeedbackModule.FLOOD_REFUSE_AFTER, 10), settings.getInt(FeedbackModule.FLOOD_HOLD_AFTER, 3));
        // named queries are parsed once, not on every submission
        Number count = (Number) em.createNamedQuery(citizenUsername != null ? FeedbackReport.RECENT_FROM_ACCOUNT
                : FeedbackReport.RECENT_FROM_ADDRESS)
            .setParameter(1, citizenUsername != null ? citizenUsername : sourceAddress)
            .setParameter(2, since).setParameter(3, enough).getSingleResult();
        return count.intValue();
    }

    private static String source(String username, String address) {
        return username != null ? username : address;
    }
}
