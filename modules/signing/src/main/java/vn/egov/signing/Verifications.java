package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.egov.signing.api.SignatureVerification;
import vn.egov.signing.api.VerificationReport;
import vn.egov.signing.pdf.DocumentRejected;
import vn.egov.signing.pdf.PdfSignatureVerifier;

/** Verification with the platform's current trust anchors and revocation list. */
@ApplicationScoped
public class Verifications implements SignatureVerification {
    @Inject
    Clock clock;

    @Inject
    SigningAuthority authority;

    @Override
    public VerificationReport verify(byte[] pdf) {
        try {
            return verifier().verify(pdf);
        } catch (DocumentRejected e) {
            throw new IllegalArgumentException("document." + e.reason().name(), e);
        }
    }

    PdfSignatureVerifier verifier() {
        // the issuing CA's CRL for holders, the root's ARL for the issuing CA; a file's own lists are added to these
        List<java.security.cert.X509CRL> lists = new java.util.ArrayList<>();
        authority.revocationList().ifPresent(lists::add);
        authority.authorityRevocationList().ifPresent(lists::add);
        return new PdfSignatureVerifier(authority.trustAnchors(), lists, clock);
    }
}
