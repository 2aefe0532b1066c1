package vn.egov.launcher;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.SoftwareKeyCustody;
import vn.egov.signing.pdf.PadesSigner;
import vn.egov.signing.pdf.SigningParameters;

/** Signs a blank PDF with a throwaway CA the platform does not know: an outside signer. */
public final class OutsideSigner {
    private OutsideSigner() {}

    /** A one-page blank PDF. */
    public static byte[] blankPdf() throws java.io.IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] signedPdf(String signer) throws Exception {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        var custody = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(master));
        var keys = CertificateAuthority.establish(
                custody,
                "Tổ chức bên ngoài",
                Clock.systemUTC(),
                CertificateAuthority.Profile.under("http://127.0.0.1:1/", CertificateAuthority.Profile.DEFAULT_POLICY));
        var authority = new CertificateAuthority(
                custody,
                keys,
                Clock.systemUTC(),
                CertificateAuthority.Profile.under("http://127.0.0.1:1/", CertificateAuthority.Profile.DEFAULT_POLICY));
        var pair = custody.generate(KeyAlgorithm.EC_P256);
        var certificate = authority.issue(
                new Holder(HolderKind.CITIZEN, signer, "CCCD:001190000001", null),
                pair.getPublic(),
                Duration.ofDays(30));
        String key = custody.keep(pair.getPrivate(), "outside", List.of(certificate));
        return new PadesSigner(custody)
                .sign(
                        blankPdf(),
                        key,
                        authority.chainOf(certificate),
                        new SigningParameters(signer, "Thử nghiệm", "Hà Nội", Instant.now(), null),
                        null);
    }
}
