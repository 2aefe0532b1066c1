package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.signing.api.PersonalSignatures;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.domain.Credential;
import vn.egov.signing.pdf.DocumentRejected;
import vn.egov.signing.pdf.PadesSigner;
import vn.egov.signing.pdf.PdfSignatureVerifier;
import vn.egov.signing.pdf.SigningParameters;
import vn.egov.signing.pdf.StampPlacement;

/**
 * A person signing documents with his own credential: one second-factor code authorises the
 * whole batch, and each document is signed only if its bytes still have the hash listed when the
 * batch was prepared. Every signature is audited with both hashes.
 */
@ApplicationScoped
public class DocumentSigning implements PersonalSignatures {

    @Inject
    jakarta.enterprise.event.Event<vn.egov.signing.api.DocumentSigned> signedDocuments;

    @Inject
    Clock clock;

    @Inject
    SigningAuthority authority;

    @Inject
    PersonalCredentials credentials;

    @Inject
    SecondFactors factors;

    @Inject
    AuditTrail audit;

    @Inject
    LongTermArchive archive;

    /** Why nothing was signed or issued: a message key in the signing bundle. */
    public static class SigningRefused extends PersonalSignatures.SigningRefused {
        public SigningRefused(String key) {
            super(key);
        }
    }

    @Override
    public String sendCode(String username) {
        return factors.sendCode(username);
    }

    /**
     * Checks the code, then signs every document (PAdES B-T, visible stamp on the last page when
     * asked). All or nothing: a document that cannot be signed refuses the batch.
     *
     * @throws SecondFactors.CodeRefused for a wrong, replayed or locked-out code (counted, audited) or none sent
     * @throws SigningRefused            for no master key, no agency, a changed or unreadable document
     */
    @Override
    @Transactional
    public List<Signed> sign(
            String username, List<Document> documents, String reason, String location, Stamp stamp, String code) {
        if (documents.isEmpty()) {
            throw new SigningRefused("sign.noDocuments");
        }
        CertificateAuthority ca = authority.authority().orElseThrow(() -> new SigningRefused("seal.noMasterKey"));
        KeyCustody custody = authority.custody().orElseThrow();
        List<StampPlacement> placements = new ArrayList<>();
        for (Document document : documents) {
            if (!Sha256.hex(document.pdf()).equals(document.sha256())) {
                throw new SigningRefused("sign.changed");
            }
            // a file that is no PDF or too short for the stamp is refused before the code is spent
            try {
                placements.add(placement(document.pdf(), stamp));
                String problem = PdfSignatureVerifier.earlierSignaturesProblem(document.pdf());
                if (problem != null) {
                    throw new SigningRefused(problem);
                }
            } catch (DocumentRejected e) {
                throw new SigningRefused("document." + e.reason().name());
            }
        }
        String factor = factors.check(username, code);
        Credential credential = credentials.of(username, ca, custody);
        X509Certificate certificate = SigningAuthority.certificate(credential.certificate());
        List<X509Certificate> chain = authority.chainOf(credential, ca);
        String signer = vn.egov.signing.pdf.Names.commonName(certificate.getSubjectX500Principal());
        PadesSigner pades = new PadesSigner(custody);
        var timeStamper = authority.timeStamper(ca);
        List<Signed> signed = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            try {
                byte[] signature = pades.sign(
                        document.pdf(),
                        credential.keyReference(),
                        chain,
                        new SigningParameters(signer, reason, location, clock.instant(), placements.get(i)),
                        timeStamper);
                var longTerm = archive.complete(signature, ca, document.kind(), document.name(), document.sha256());
                byte[] result = longTerm.pdf();
                Signed done = new Signed(
                        document.name(), result, document.sha256(), Sha256.hex(result), longTerm.archiveId());
                audit.record(
                        "signing.signed",
                        "document",
                        done.originalSha256(),
                        "credential=" + credential.id() + "; name=" + document.name() + "; signed sha256="
                                + done.signedSha256() + "; authorised by " + factor);
                signed.add(done);
                signedDocuments.fire(new vn.egov.signing.api.DocumentSigned(
                        document.kind(),
                        done.originalSha256(),
                        done.signedSha256(),
                        username,
                        null,
                        done.archiveId(),
                        clock.instant()));
            } catch (DocumentRejected e) {
                throw new SigningRefused("document." + e.reason().name());
            }
        }
        return signed;
    }

    /** Where the stamp goes on this document; null for an invisible signature (the file is still opened, to refuse a non-PDF). */
    private static StampPlacement placement(byte[] pdf, Stamp stamp) {
        if (stamp == null) {
            PadesSigner.inCorner(pdf, 0, false, true);
            return null;
        }
        Corner corner = stamp.corner();
        return PadesSigner.inCorner(
                pdf,
                stamp.page(),
                corner == Corner.UPPER_LEFT || corner == Corner.UPPER_RIGHT,
                corner == Corner.LOWER_RIGHT || corner == Corner.UPPER_RIGHT);
    }
}
