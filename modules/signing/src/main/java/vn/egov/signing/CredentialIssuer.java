package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.domain.Credential;

/**
 * Issues a credential from the built-in CA: a new key pair in the custody, its certificate, the
 * stored credential and the audit entry. Seals belong to an agency, other credentials to an
 * account. Callers run inside a transaction.
 */
@ApplicationScoped
class CredentialIssuer {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    AuditTrail audit;

    /**
     * @param owner the agency's id for a seal, the account's name otherwise
     */
    Credential issue(
            CertificateAuthority ca,
            KeyCustody custody,
            Holder holder,
            KeyAlgorithm algorithm,
            Duration validity,
            Object owner) {
        var pair = custody.generate(algorithm);
        X509Certificate certificate = ca.issue(holder, pair.getPublic(), validity);
        String key = custody.keep(pair.getPrivate(), holder.kind() + "-" + owner, ca.chainOf(certificate));
        try {
            String subject = certificate.getSubjectX500Principal().getName();
            BigDecimal serial = new BigDecimal(certificate.getSerialNumber());
            Credential credential = holder.kind() == HolderKind.SEAL
                    ? Credential.seal(
                            (Long) owner,
                            subject,
                            serial,
                            certificate.getEncoded(),
                            key,
                            custody.backend(),
                            clock.instant(),
                            "system")
                    : Credential.person(
                            holder.kind(),
                            (String) owner,
                            subject,
                            serial,
                            certificate.getEncoded(),
                            key,
                            custody.backend(),
                            clock.instant(),
                            "system");
            entities.persist(credential);
            entities.flush();
            audit.record(
                    "signing.credential.issued",
                    "credential",
                    credential.id(),
                    holder.kind() + " certificate for " + owner + " (" + holder.commonName() + "), serial "
                            + certificate.getSerialNumber().toString(16));
            return credential;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
