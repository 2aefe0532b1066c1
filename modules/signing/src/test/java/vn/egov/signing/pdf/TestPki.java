package vn.egov.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.egov.signing.ca.AuthorityKeys;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.ca.TimeStampAuthority;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.custody.SoftwareKeyCustody;

/** A built-in CA with its TSA and one signer, in a software custody, for the signing tests. */
final class TestPki {
    final KeyCustody custody;
    final CertificateAuthority authority;
    final TimeStampAuthority tsa;
    final String signerKey;
    final List<X509Certificate> signerChain;

    TestPki(String organisation, String signerName, KeyAlgorithm algorithm) {
        this(softwareCustody(), organisation, signerName, algorithm);
    }

    TestPki(KeyCustody custody, String organisation, String signerName, KeyAlgorithm algorithm) {
        this.custody = custody;
        AuthorityKeys keys =
                CertificateAuthority.establish(custody, organisation, Clock.systemUTC(), TestPkiProfile.LOCAL);
        authority = new CertificateAuthority(custody, keys, Clock.systemUTC(), TestPkiProfile.LOCAL);
        tsa = new TimeStampAuthority(custody, keys, Clock.systemUTC(), TimeStampAuthority.DEFAULT_POLICY);
        var pair = custody.generate(algorithm);
        X509Certificate certificate = authority.issue(
                new Holder(HolderKind.LEADER, signerName, "CCCD:027085001234", "Sở Xây dựng tỉnh Bắc Ninh"),
                pair.getPublic(),
                Duration.ofDays(365));
        signerChain = authority.chainOf(certificate);
        signerKey = custody.keep(pair.getPrivate(), "leader", signerChain);
    }

    private static KeyCustody softwareCustody() {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        return SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(master));
    }

    X509Certificate root() {
        return authority.keys().root();
    }

    TimeStamper timeStamper() {
        return tsa.timeStamper();
    }

    /** A one-page A4 PDF with Vietnamese text and a marker in its (uncompressed) document information. */
    static byte[] onePagePdf(String marker) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = TestPki.class.getResourceAsStream(StampAppearance.FONT)) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font type0 = PDType0Font.load(document, font);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(type0, 14);
                content.newLineAtOffset(72, 760);
                content.showText("Giấy chứng nhận quyền sử dụng đất – kết quả giải quyết hồ sơ");
                content.endText();
            }
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(marker);
            document.setDocumentInformation(information);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }
}
