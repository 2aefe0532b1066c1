package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseLocks;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.signing.api.DocumentArchive;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.domain.ArchivedDocument;
import vn.egov.signing.pdf.LongTermSignatures;

/**
 * Makes signatures long-term: every signed document gets the validation data of its chains
 * (PAdES B-LT); kinds kept long also get a document time-stamp (B-LTA) and are archived here, and
 * {@link #renewDue} adds a new validation data and time-stamp layer to each archived document a
 * year before its last time-stamp's certificate expires.
 */
@ApplicationScoped
public class LongTermArchive implements DocumentArchive {
    /** Renew this long before the time-stamping certificate of the last time-stamp expires. */
    static final Duration RENEWAL_MARGIN = Duration.ofDays(365);

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    SigningAuthority authority;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    /** The result of making a signed document long-term: its bytes, and its archive id when it was kept. */
    public record LongTerm(byte[] pdf, Long archiveId) {}

    /**
     * Adds the validation data (B-LT) and, for a kind kept long, a document time-stamp (B-LTA),
     * archiving the document. Runs in the caller's transaction.
     */
    public LongTerm complete(byte[] signed, CertificateAuthority ca, String kind, String name, String originalSha256) {
        byte[] result = LongTermSignatures.addValidationData(signed, authority.validationMaterial(ca));
        if (!archived(kind)) {
            return new LongTerm(result, null);
        }
        result = LongTermSignatures.addDocumentTimeStamp(result, authority.timeStamper(ca));
        ArchivedDocument document = new ArchivedDocument(
                kind.trim().toLowerCase(Locale.ROOT),
                name,
                originalSha256,
                result,
                Sha256.hex(result),
                stampedUntil(ca),
                clock.instant());
        entities.persist(document);
        entities.flush();
        audit.record(
                "signing.archived",
                "document",
                String.valueOf(document.id()),
                "kind=" + document.kind() + "; sha256=" + document.sha256()
                        + "; PAdES B-LTA, time-stamp renewed before " + document.stampedUntil());
        return new LongTerm(result, document.id());
    }

    /** Whether documents of this kind are kept long (B-LTA), as the admins' setting lists them. */
    public boolean archived(String kind) {
        if (kind == null || kind.isBlank()) {
            return false;
        }
        return Arrays.stream(settings.text(SigningModule.ARCHIVE_KINDS).split(","))
                .map(k -> k.trim().toLowerCase(Locale.ROOT))
                .anyMatch(kind.trim().toLowerCase(Locale.ROOT)::equals);
    }

    @Override
    @Transactional
    public Optional<byte[]> latest(long archiveId) {
        return Optional.ofNullable(entities.find(ArchivedDocument.class, archiveId))
                .map(ArchivedDocument::pdf);
    }

    /**
     * Adds fresh validation data and a new document time-stamp to archived documents whose last
     * time-stamp is due for renewal; returns how many were renewed.
     */
    @Transactional
    public int renewDue(Instant now, int limit) {
        Optional<CertificateAuthority> ca = authority.authority();
        if (ca.isEmpty()) {
            return 0;
        }
        if (!DatabaseLocks.tryForTransaction(entities, "signing.archive-renewal")) {
            return 0; // another server renews now; a document left is renewed next night
        }
        List<ArchivedDocument> due = entities.createQuery(
                        "select d from ArchivedDocument d where d.stampedUntil < :now order by d.stampedUntil",
                        ArchivedDocument.class)
                .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
        for (ArchivedDocument document : due) {
            byte[] renewed = LongTermSignatures.addDocumentTimeStamp(
                    LongTermSignatures.addValidationData(document.pdf(), authority.validationMaterial(ca.get())),
                    authority.timeStamper(ca.get()));
            document.renewed(renewed, Sha256.hex(renewed), stampedUntil(ca.get()), clock.instant());
            audit.record(
                    "signing.archive.renewed",
                    "document",
                    String.valueOf(document.id()),
                    "renewal " + document.renewals() + "; sha256=" + document.sha256() + "; next renewal before "
                            + document.stampedUntil());
        }
        return due.size();
    }

    /** When a time-stamp made now must be renewed: a year before the time-stamping certificate expires. */
    private static Instant stampedUntil(CertificateAuthority ca) {
        return ca.keys().timeStamping().getNotAfter().toInstant().minus(RENEWAL_MARGIN);
    }
}
