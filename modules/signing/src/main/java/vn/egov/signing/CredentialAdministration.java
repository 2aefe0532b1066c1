package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.domain.Credential;
import vn.egov.signing.domain.RevocationRecord;

/**
 * What admins do with credentials: see them per account, issue one from the built-in CA, import
 * one from a PKCS#12 file, and revoke one (a certificate of ours goes on the next CRL; the key is
 * destroyed in the custody either way). Every change is audited.
 */
@ApplicationScoped
public class CredentialAdministration {

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    SigningAuthority authority;

    @Inject
    PersonalCredentials personal;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    Organisation organisation;

    /** Every credential, people's and seals, newest first; or one account's when {@code username} is given. */
    @Transactional
    public List<Credential> credentials(String username) {
        if (username == null || username.isBlank()) {
            return entities.createQuery("select c from Credential c order by c.id desc", Credential.class)
                    .setMaxResults(500)
                    .getResultList();
        }
        return entities.createQuery(
                        "select c from Credential c where lower(c.username) = lower(:username) order by c.id desc",
                        Credential.class)
                .setParameter("username", username.strip())
                .getResultList();
    }

    /**
     * The account's active credential, issued by the built-in CA now if it has none.
     *
     * @throws DocumentSigning.SigningRefused seal.noMasterKey, or sign.noAgency for an account outside every agency
     */
    @Transactional
    public Credential issue(String username) {
        var ca = authority.authority().orElseThrow(() -> new DocumentSigning.SigningRefused("seal.noMasterKey"));
        return personal.of(username.strip(), ca, authority.custody().orElseThrow());
    }

    /**
     * Takes a holder's certificate and key from a PKCS#12 file into remote custody for his
     * account. The certificate must be valid now, meant for signing, and chain to a trusted CA
     * (the built-in one or an imported anchor). The key goes straight into the custody.
     */
    @Transactional
    public Credential importPkcs12(String username, byte[] p12, char[] password, String by) {
        var account = accounts.find(username)
                .filter(Accounts.AccountView::enabled)
                .orElseThrow(() -> new DocumentSigning.SigningRefused("admin.noAccount"));
        if (account.citizen() && !account.identityVerified()) {
            throw new DocumentSigning.SigningRefused("sign.identityUnverified");
        }
        var custody = authority.custody().orElseThrow(() -> new DocumentSigning.SigningRefused("seal.noMasterKey"));
        CredentialImport.Contents contents = CredentialImport.read(p12, password);
        CredentialImport.check(contents, authority.trustAnchors());
        X509Certificate certificate = contents.certificate();
        HolderKind kind = account.citizen()
                ? HolderKind.CITIZEN
                : organisation.agenciesOf(account.username()).stream().anyMatch(r -> r.role() == Role.LEADER)
                        ? HolderKind.LEADER
                        : HolderKind.OFFICER;
        String key = custody.keep(contents.key(), "p12-" + account.username(), contents.chain());
        try {
            Credential credential = Credential.imported(
                    kind,
                    account.username(),
                    certificate.getSubjectX500Principal().getName(),
                    new java.math.BigDecimal(certificate.getSerialNumber()),
                    certificate.getEncoded(),
                    CertificateFactory.getInstance("X.509")
                            .generateCertPath(contents.chain())
                            .getEncoded("PkiPath"),
                    key,
                    custody.backend(),
                    clock.instant(),
                    by);
            entities.persist(credential);
            entities.flush();
            audit.record(
                    "signing.credential.imported",
                    "credential",
                    credential.id(),
                    "PKCS#12 for " + account.username() + ": " + credential.subject() + ", issued by "
                            + certificate.getIssuerX500Principal().getName());
            return credential;
        } catch (java.security.GeneralSecurityException e) {
            throw new DocumentSigning.SigningRefused("admin.p12.unreadable");
        }
    }

    /** Revokes a credential: it stops signing, its certificate is listed on the CRL, its key is destroyed. */
    @Transactional
    public void revoke(long credentialId, String by, String reason) {
        Credential credential = entities.find(Credential.class, credentialId);
        if (credential == null || !credential.active()) {
            throw new DocumentSigning.SigningRefused("admin.notActive");
        }
        credential.revoke();
        if (credential.chain() == null) {
            // only certificates our CA issued go on our CRL; an outside CA revokes its own
            entities.persist(new RevocationRecord(credential.serial(), credential.subject(), clock.instant(), by));
        }
        authority.custody().ifPresent(custody -> custody.destroy(credential.keyReference()));
        authority.revocationsChanged();
        audit.record(
                "signing.credential.revoked",
                "credential",
                credential.id(),
                credential.subject() + ", serial "
                        + credential.serial().toBigInteger().toString(16)
                        + (reason == null || reason.isBlank() ? "" : "; " + reason.strip()));
    }
}
