package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.signing.api.DocumentSeals;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.domain.Credential;
import vn.egov.signing.pdf.DocumentRejected;
import vn.egov.signing.pdf.PadesSigner;
import vn.egov.signing.pdf.PdfSignatureVerifier;
import vn.egov.signing.pdf.SigningParameters;

/** Automatic seals of agencies, for the document kinds policy allows; issued on first use. */
@ApplicationScoped
public class Seals implements DocumentSeals {
    private static final Duration SEAL_VALIDITY = Duration.ofDays(3 * 365);

    @Inject
    jakarta.enterprise.event.Event<vn.egov.signing.api.DocumentSigned> signedDocuments;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    SigningAuthority authority;

    @Inject
    Organisation organisation;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    CredentialIssuer issuer;

    @Inject
    LongTermArchive archive;

    @Override
    @Transactional
    public SealedDocument seal(long agencyId, String documentKind, byte[] pdf, String reason) {
        if (!allowedKinds()
                .contains(documentKind == null ? "" : documentKind.trim().toLowerCase(Locale.ROOT))) {
            throw new SealRefused("seal.kindNotAllowed");
        }
        OrgUnitView agency = organisation
                .unit(agencyId)
                .filter(OrgUnitView::agency)
                .filter(OrgUnitView::active)
                .orElseThrow(() -> new SealRefused("seal.noSuchAgency"));
        CertificateAuthority ca = authority.authority().orElseThrow(() -> new SealRefused("seal.noMasterKey"));
        KeyCustody custody = authority.custody().orElseThrow();
        Credential seal = sealOf(agency, ca, custody);
        X509Certificate certificate = SigningAuthority.certificate(seal.certificate());
        List<X509Certificate> chain = ca.chainOf(certificate);
        byte[] sealed;
        try {
            String problem = PdfSignatureVerifier.earlierSignaturesProblem(pdf);
            if (problem != null) {
                throw new SealRefused(problem);
            }
            sealed = new PadesSigner(custody)
                    .sign(
                            pdf,
                            seal.keyReference(),
                            chain,
                            new SigningParameters(
                                    agency.name(),
                                    reason,
                                    agency.name(),
                                    clock.instant(),
                                    PadesSigner.lastPageLowerRight(pdf)),
                            authority.timeStamper(ca));
        } catch (DocumentRejected e) {
            throw new SealRefused("document." + e.reason().name());
        }
        String original = Sha256.hex(pdf);
        var longTerm = archive.complete(sealed, ca, documentKind, documentKind + ".pdf", original);
        sealed = longTerm.pdf();
        String result = Sha256.hex(sealed);
        audit.record(
                "signing.sealed",
                "document",
                original,
                "kind=" + documentKind + "; agency=" + agency.code() + "; credential=" + seal.id() + "; sealed sha256="
                        + result + "; automatic seal, no second factor");
        signedDocuments.fire(new vn.egov.signing.api.DocumentSigned(
                documentKind, original, result, null, agency.id(), longTerm.archiveId(), clock.instant()));
        return new SealedDocument(sealed, original, result, agency.name(), longTerm.archiveId());
    }

    private Credential sealOf(OrgUnitView agency, CertificateAuthority ca, KeyCustody custody) {
        List<Credential> found = entities.createQuery(
                        "select c from Credential c where c.agencyId = :agency and c.holderKind = :kind and c.status = :active",
                        Credential.class)
                .setParameter("agency", agency.id())
                .setParameter("kind", HolderKind.SEAL)
                .setParameter("active", Credential.Status.ACTIVE)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        return issuer.issue(
                ca,
                custody,
                new Holder(HolderKind.SEAL, agency.name(), null, settings.text(SigningModule.ORGANISATION)),
                KeyAlgorithm.RSA_2048,
                SEAL_VALIDITY,
                agency.id());
    }

    private List<String> allowedKinds() {
        return Arrays.stream(settings.text(SigningModule.SEAL_KINDS).split(","))
                .map(k -> k.trim().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty())
                .toList();
    }
}
