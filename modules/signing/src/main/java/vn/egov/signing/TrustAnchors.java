package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.kernel.api.helpers.TableSnapshot;
import vn.egov.signing.domain.TrustAnchorRecord;

/**
 * Outside CAs that admins trust for verification and for imported credentials: a root or
 * intermediate certificate (PEM or DER) added or removed, each change audited.
 */
@ApplicationScoped
public class TrustAnchors {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    AuditTrail audit;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * The imported certificates, as every verification needs them: read again at most every five
     * seconds, and at once after a change made here.
     */
    private final TableSnapshot<List<byte[]>> certificates = new TableSnapshot<>(
            java.time.Duration.ofSeconds(5),
            () -> entities
                    .createQuery("select t from TrustAnchorRecord t order by t.id", TrustAnchorRecord.class)
                    .getResultList()
                    .stream()
                    .map(TrustAnchorRecord::der)
                    .toList());

    /** The imported anchors' certificates (DER), from the snapshot. */
    public List<byte[]> certificates() {
        return certificates.get();
    }

    @Transactional
    public List<TrustAnchorRecord> imported() {
        return entities.createQuery("select t from TrustAnchorRecord t order by t.id", TrustAnchorRecord.class)
                .getResultList();
    }

    /**
     * Trusts a CA certificate from a file.
     *
     * @throws DocumentSigning.SigningRefused admin.anchor.unreadable, admin.anchor.notCa, admin.anchor.expired,
     *                                        admin.anchor.known
     */
    @Transactional
    public TrustAnchorRecord add(byte[] file, String by) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(file));
        } catch (CertificateException | ClassCastException e) {
            throw new DocumentSigning.SigningRefused("admin.anchor.unreadable");
        }
        if (certificate.getBasicConstraints() < 0) {
            throw new DocumentSigning.SigningRefused("admin.anchor.notCa");
        }
        try {
            certificate.checkValidity();
        } catch (CertificateException e) {
            throw new DocumentSigning.SigningRefused("admin.anchor.expired");
        }
        try {
            String sha256 = Sha256.hex(certificate.getEncoded());
            boolean known = !entities.createQuery(
                            "select t from TrustAnchorRecord t where t.sha256 = :sha256", TrustAnchorRecord.class)
                    .setParameter("sha256", sha256)
                    .getResultList()
                    .isEmpty();
            if (known) {
                throw new DocumentSigning.SigningRefused("admin.anchor.known");
            }
            TrustAnchorRecord anchor = new TrustAnchorRecord(
                    certificate.getSubjectX500Principal().getName(),
                    sha256,
                    certificate.getEncoded(),
                    clock.instant(),
                    by);
            entities.persist(anchor);
            entities.flush();
            certificates.changedIn(transactions);
            audit.record("signing.anchor.added", "trust_anchor", anchor.id(), anchor.subject() + ", SHA-256 " + sha256);
            return anchor;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new DocumentSigning.SigningRefused("admin.anchor.unreadable");
        }
    }

    @Transactional
    public void remove(long id) {
        TrustAnchorRecord anchor = entities.find(TrustAnchorRecord.class, id);
        if (anchor != null) {
            entities.remove(anchor);
            certificates.changedIn(transactions);
            audit.record("signing.anchor.removed", "trust_anchor", id, anchor.subject());
        }
    }
}
