package vn.egov.kernel.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.egov.kernel.KernelModule;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.kernel.audit.CurrentRequest;

/** Attachments kept in the database, in the caller's transaction, under the policy admins set. */
@ApplicationScoped
public class AttachmentStore implements Attachments {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional(rollbackOn = FieldErrors.class)
    public StoredFile store(String fileName, byte[] content) {
        AttachmentPolicy.Verdict verdict = policy().check(fileName, content);
        verdict.problem().ifPresent(p -> {
            throw FieldErrors.of("file", p);
        });
        String safeName = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        byte[] kept = verdict.content();
        Attachment attachment = new Attachment(
                safeName,
                verdict.contentType(),
                kept,
                Sha256.hex(kept),
                currentUploader(),
                java.time.OffsetDateTime.now(clock));
        em.persist(attachment);
        audit.record("kernel.attachment.stored", "attachment", attachment.getId(), safeName + " " + kept.length + " B");
        return view(attachment);
    }

    @Override
    public String currentUploader() {
        return CurrentRequest.uploader();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(Collection<UUID> ids, String uploader, String usedFor) {
        Set<UUID> distinct = new HashSet<>(ids);
        if (distinct.isEmpty()) {
            return;
        }
        // one statement: a file another uploader owns, or one used already, is simply not counted
        int claimed = uploader == null
                ? 0
                : em.createNamedQuery(Attachment.CLAIM)
                        .setParameter("ids", distinct)
                        .setParameter("owner", uploader)
                        .setParameter("usedFor", usedFor)
                        .setParameter("at", OffsetDateTime.now())
                        .executeUpdate();
        if (claimed != distinct.size()) {
            audit.record(
                    "kernel.attachment.claimRefused",
                    "attachment",
                    distinct.iterator().next(),
                    usedFor + ": " + claimed + " of " + distinct.size() + " usable by " + uploader);
            throw FieldErrors.of("file", KernelRefusal.text("attachment.notClaimable"));
        }
    }

    @Override
    public Optional<StoredFile> find(UUID id) {
        return Optional.ofNullable(em.find(Attachment.class, id)).map(AttachmentStore::view);
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return Optional.ofNullable(em.find(Attachment.class, id)).map(Attachment::getContent);
    }

    AttachmentPolicy policy() {
        long max = settings.integer(KernelModule.ATTACHMENT_MAX_BYTES);
        var types = Arrays.stream(settings.text(KernelModule.ATTACHMENT_TYPES).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return new AttachmentPolicy(max, types);
    }

    private static StoredFile view(Attachment a) {
        return new StoredFile(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256());
    }
}
