package vn.egov.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.api.VerificationReport;
import vn.egov.signing.custody.KeyAlgorithm;

/**
 * The EU's DSS (validation library 6.3, its default policy) judges our long-term signatures with
 * only our root trusted and no network: every certificate and revocation list it needs must be in
 * the file. B-LT must come out TOTAL_PASSED at PAdES-BASELINE-LT and B-LTA at -LTA, and our own
 * verifier must name the same levels.
 */
class DssValidationTest {
    static TestPki pki;
    static LongTermSignatures.ValidationMaterial material;

    @BeforeAll
    static void pki() {
        pki = new TestPki("UBND tỉnh Bắc Ninh", "Hoàng Minh Tuấn", KeyAlgorithm.EC_P256);
        var keys = pki.authority.keys();
        material = new LongTermSignatures.ValidationMaterial(
                List.of(keys.issuing(), keys.root(), keys.timeStamping()),
                List.of(pki.authority.revocationList(Map.of(), 1), pki.authority.authorityRevocationList(Map.of(), 1)));
    }

    static byte[] signLongTerm(byte[] pdf, StampPlacement stamp) {
        byte[] signed = new PadesSigner(pki.custody)
                .sign(
                        pdf,
                        pki.signerKey,
                        pki.signerChain,
                        new SigningParameters("Hoàng Minh Tuấn", "Phê duyệt kết quả", "Bắc Ninh", Instant.now(), stamp),
                        pki.timeStamper());
        return LongTermSignatures.addValidationData(signed, material);
    }

    /** DSS with only the platform's root trusted, offline: no CRL, OCSP or AIA fetching. */
    static SimpleReport dss(byte[] pdf) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        verifier.setAIASource(null);
        SignedDocumentValidator validator =
                SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "signed.pdf"));
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument().getSimpleReport();
    }

    static void assertPassed(SimpleReport report, String id, SignatureLevel level) {
        assertEquals(
                Indication.TOTAL_PASSED,
                report.getIndication(id),
                report.getSubIndication(id) + " " + report.getQualificationErrors(id)
                        + report.getAdESValidationErrors(id));
        assertEquals(level, report.getSignatureFormat(id));
    }

    @Test
    void aLongTermSignatureWithAStampPassesDssAtLevelLt() throws Exception {
        byte[] signed = signLongTerm(TestPki.onePagePdf("MARKER-0001"), StampPlacement.lowerRight(1, 595));
        SimpleReport report = dss(signed);
        assertEquals(1, report.getSignaturesCount());
        assertPassed(report, report.getFirstSignatureId(), SignatureLevel.PAdES_BASELINE_LT);

        VerificationReport ours = verifier().verify(signed);
        assertTrue(ours.valid(), ours.toString());
        SignatureCheck check = ours.signatures().get(0);
        assertEquals("PAdES B-LT", check.level());
        assertEquals(SignatureCheck.Revocation.GOOD, check.revocation());
    }

    @Test
    void aDocumentTimeStampOverItMakesLevelLta() throws Exception {
        byte[] archived = LongTermSignatures.addDocumentTimeStamp(
                signLongTerm(TestPki.onePagePdf("MARKER-0001"), StampPlacement.lowerRight(1, 595)), pki.timeStamper());
        SimpleReport report = dss(archived);
        assertPassed(report, report.getFirstSignatureId(), SignatureLevel.PAdES_BASELINE_LTA);

        VerificationReport ours = verifier().verify(archived);
        assertTrue(ours.valid(), ours.toString());
        assertEquals("PAdES B-LTA", ours.signatures().get(0).level());
        assertEquals("PAdES document time-stamp", ours.signatures().get(1).level());
        assertTrue(ours.signatures().get(1).intact());
    }

    @Test
    void aRenewedArchiveKeepsLevelLtaAndEveryTimeStampValid() throws Exception {
        byte[] first = LongTermSignatures.addDocumentTimeStamp(
                signLongTerm(TestPki.onePagePdf("MARKER-0001"), null), pki.timeStamper());
        byte[] renewed = LongTermSignatures.addDocumentTimeStamp(
                LongTermSignatures.addValidationData(first, material), pki.timeStamper());
        SimpleReport report = dss(renewed);
        assertPassed(report, report.getFirstSignatureId(), SignatureLevel.PAdES_BASELINE_LTA);
        VerificationReport ours = verifier().verify(renewed);
        assertEquals(3, ours.signatures().size());
        assertTrue(ours.valid(), ours.toString());
    }

    @Test
    void twoLongTermSignaturesBothPassAndTheSecondAddsOnlyWhatIsAllowed() throws Exception {
        byte[] once = signLongTerm(TestPki.onePagePdf("MARKER-0001"), StampPlacement.lowerRight(1, 595));
        byte[] twice = signLongTerm(once, new StampPlacement(1, 30, 36, 220, 70));
        SimpleReport report = dss(twice);
        assertEquals(2, report.getSignaturesCount());
        for (String id : report.getSignatureIdList()) {
            assertPassed(report, id, SignatureLevel.PAdES_BASELINE_LT);
        }
        VerificationReport ours = verifier().verify(twice);
        assertTrue(ours.valid(), ours.toString());
        assertTrue(ours.signatures().get(0).changesAfter().stream().allMatch(c -> c.allowed()));
    }

    static PdfSignatureVerifier verifier() {
        // no lists given: revocation must come from the file itself
        return new PdfSignatureVerifier(List.of(pki.root()), List.of(), Clock.systemUTC());
    }
}
