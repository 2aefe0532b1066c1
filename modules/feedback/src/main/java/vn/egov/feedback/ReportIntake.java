package vn.egov.feedback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;

/**
 * Receives citizens' reports from every channel: checks them, each problem on its field, and has
 * {@link ReportWriter} screen, store and acknowledge them.
 */
@ApplicationScoped
public class ReportIntake {
    @Inject
    Organisation organisation;

    @Inject
    Attachments attachments;

    @Inject
    AuditTrail audit;

    @Inject
    ActiveCategories categories;

    @Inject
    ReportWriter writer;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Deployment tuning: how many transactions store reports at once (each holds a database connection). */
    @Inject
    @ConfigProperty(
            name = ConfigKeys.FEEDBACK_INTAKE_WRITERS,
            defaultValue = ConfigKeys.FEEDBACK_INTAKE_WRITERS_DEFAULT)
    int intakeWriters;

    /**
     * Reports arriving together share a transaction (at most 50 in one); one sender's reports are
     * never in two at once, so that each transaction's flood count sees all his earlier reports.
     */
    private GroupCommit<ReportWriter.Submission, FeedbackReport> commits;

    /** With {@code platform.feedback.intakeWriters=0} each report is written in a transaction of its own (no grouping). */
    @PostConstruct
    void startCommits() {
        commits = intakeWriters <= 0
                ? null
                : new GroupCommit<>(
                        intakeWriters,
                        50,
                        ReportWriter.Submission::floodSource,
                        batch -> writer.inOwnTransaction(batch));
    }

    /**
     * Stores a report and returns it with its tracking code. Throws {@link FieldErrors} for bad
     * input and {@link TooManyReports} for a flood; in both cases the report is not saved. Called
     * within a transaction, it stores the report in that one; otherwise, with the reports other
     * requests are sending at the same moment, in a transaction of their own.
     */
    public FeedbackReport submit(ReportDraft draft, Channel channel, String citizenUsername, String sourceAddress) {
        return submit(draft, channel, citizenUsername, null, sourceAddress);
    }

    /** A report an Open311 partner relays: counted against the partner's own limit, not its server's address. */
    public FeedbackReport submitFromPartner(ReportDraft draft, Partner partner, String sourceAddress) {
        return submit(draft, Channel.OPEN311, null, partner, sourceAddress);
    }

    private FeedbackReport submit(
            ReportDraft draft, Channel channel, String citizenUsername, Partner partner, String sourceAddress) {
        long categoryId = checked(draft);
        for (UUID photo : draft.photoIds()) {
            // whether the sender uploaded it and it is still unused is checked when it is claimed, with the report
            if (attachments
                    .find(photo)
                    .filter(f -> f.contentType().startsWith("image/"))
                    .isEmpty()) {
                throw FieldErrors.of("photos", Message.of(FeedbackRefusal.BUNDLE, "intake.photoMissing", photo));
            }
        }
        ReportWriter.Submission submission = new ReportWriter.Submission(
                draft,
                categoryId,
                channel,
                citizenUsername,
                sourceAddress,
                audit.currentOrigin(),
                attachments.currentUploader(),
                partner);
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION && commits != null) {
            return commits.submit(submission);
        }
        GroupCommit.Outcome<FeedbackReport> outcome =
                transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION
                        ? writer.inOwnTransaction(List.of(submission)).get(0)
                        : writer.inCallersTransaction(List.of(submission)).get(0);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.result();
    }

    /** A photo as it arrives from a form or an upload: the name the sender gave it and its bytes. */
    public record Photo(String fileName, byte[] content) implements java.io.Serializable {}

    /**
     * Stores the photos through the kernel's attachment store and the report, in one transaction:
     * if the report is refused, the photos are not kept either.
     */
    @Transactional
    public FeedbackReport submit(
            ReportDraft draft, List<Photo> photos, Channel channel, String citizenUsername, String sourceAddress) {
        checked(draft);
        if (photos.size() + draft.photoIds().size() > ReportDraft.MAX_PHOTOS) {
            throw FieldErrors.of(
                    "photos", Message.of(FeedbackRefusal.BUNDLE, "draft.maxPhotos", ReportDraft.MAX_PHOTOS));
        }
        List<UUID> ids = new java.util.ArrayList<>(draft.photoIds());
        for (Photo photo : photos) {
            Attachments.StoredFile stored;
            try {
                stored = attachments.store(photo.fileName(), photo.content());
            } catch (FieldErrors refused) {
                throw FieldErrors.of(
                        "photos",
                        Message.of(
                                FeedbackRefusal.BUNDLE,
                                "intake.fileRefused",
                                photo.fileName(),
                                refused.messages().values().iterator().next()));
            }
            if (!stored.contentType().startsWith("image/")) {
                throw FieldErrors.of(
                        "photos", Message.of(FeedbackRefusal.BUNDLE, "intake.notAPhoto", photo.fileName()));
            }
            ids.add(stored.id());
        }
        ReportDraft withPhotos = new ReportDraft(
                draft.categoryCode(),
                draft.title(),
                draft.description(),
                draft.address(),
                draft.communeId(),
                draft.latitude(),
                draft.longitude(),
                draft.anonymous(),
                draft.contactName(),
                draft.contactPhone(),
                draft.contactEmail(),
                draft.consentToPublish(),
                ids);
        return submit(withPhotos, channel, citizenUsername, sourceAddress);
    }

    /** The id of the draft's category, or every problem with the draft at once, each on its field. */
    private long checked(ReportDraft draft) {
        Map<String, Message> errors = new LinkedHashMap<>();
        Optional<Long> category =
                draft.categoryCode() == null || draft.categoryCode().isBlank()
                        ? Optional.empty()
                        : categories.idOf(draft.categoryCode().strip());
        if (category.isEmpty()
                && draft.categoryCode() != null
                && !draft.categoryCode().isBlank()) {
            errors.put("category", Message.of(FeedbackRefusal.BUNDLE, "intake.noCategory", draft.categoryCode()));
        }
        try {
            draft.check();
        } catch (FieldErrors wrong) {
            wrong.messages().forEach(errors::putIfAbsent);
        }
        if (draft.communeId() != null
                && organisation
                        .unit(draft.communeId())
                        .filter(u -> !u.agency() && u.active())
                        .isEmpty()) {
            errors.putIfAbsent("commune", Message.of(FeedbackRefusal.BUNDLE, "intake.noCommune"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        return category.get();
    }
}
