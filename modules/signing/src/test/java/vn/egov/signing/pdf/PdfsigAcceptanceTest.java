package vn.egov.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.signing.custody.KeyAlgorithm;

/**
 * Our signatures judged by code that is not ours: poppler's pdfsig (Debian package
 * poppler-utils) with our root CA trusted in an NSS database made by certutil (libnss3-tools).
 *
 * <p>pdfsig 22.12 reads NSS's last error code after CERT_PKIXVerifyCert instead of its result,
 * so a stale error left by earlier work on the same file can show a good certificate as "Unknown
 * issue" (seen for a B-B signature added after a B-T one, and for every signature with
 * {@code -no-ocsp}). The platform signs at level B-T; these tests run pdfsig in its default mode.
 */
class PdfsigAcceptanceTest {
    @TempDir
    static Path folder;

    static TestPki pki;
    static Path nss;

    @BeforeAll
    static void trustOurRoot() throws Exception {
        pki = new TestPki("UBND tỉnh Bắc Ninh", "Lê Văn Đức", KeyAlgorithm.RSA_2048);
        nss = Files.createDirectories(folder.resolve("nss"));
        Path root = folder.resolve("root.pem");
        Files.writeString(
                root,
                "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(pki.root().getEncoded())
                        + "\n-----END CERTIFICATE-----\n");
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        run("certutil", "-A", "-d", "sql:" + nss, "-n", "platform-root", "-t", "CT,C,C", "-i", root.toString());
    }

    @Test
    void pdfsigTrustsOurSignerAndKeepsTheFirstSignatureValidAfterASecond() throws Exception {
        byte[] original = TestPki.onePagePdf("MARKER-0001");
        PadesSigner signer = new PadesSigner(pki.custody);
        byte[] signedOnce = signer.sign(
                original,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters(
                        "Lê Văn Đức", "Phê duyệt", "Bắc Ninh", Instant.now(), StampPlacement.lowerRight(1, 595)),
                pki.timeStamper());
        byte[] second = signer.sign(
                signedOnce,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters("Lê Văn Đức", "Đóng dấu", "Bắc Ninh", Instant.now(), null),
                pki.timeStamper());

        String once = pdfsig(signedOnce, "signed-once.pdf");
        assertTrue(once.contains("Signature Validation: Signature is Valid."), once);
        assertTrue(once.contains("Certificate Validation: Certificate is Trusted."), once);
        assertTrue(once.contains("Lê Văn Đức"), once);

        // both signatures valid in the twice-signed file: the second kept the first intact; the
        // first signer's certificate trusted (the second's status is blurred by the stale error above)
        String twice = pdfsig(second, "signed-twice.pdf");
        assertEquals(2, count(twice, "Signature Validation: Signature is Valid."), twice);
        String first = twice.substring(0, twice.indexOf("Signature #2"));
        assertTrue(first.contains("Certificate Validation: Certificate is Trusted."), twice);
        assertTrue(first.contains("Not total document signed") && twice.contains("Total document signed"), twice);
    }

    @Test
    void pdfsigAcceptsABaselineBSignatureWithAStamp() throws Exception {
        byte[] signed = new PadesSigner(pki.custody)
                .sign(
                        TestPki.onePagePdf("MARKER-0001"),
                        pki.signerKey,
                        pki.signerChain,
                        new SigningParameters(
                                "Lê Văn Đức",
                                "Phê duyệt",
                                "Bắc Ninh",
                                Instant.now(),
                                StampPlacement.lowerRight(1, 595)),
                        null);
        String output = pdfsig(signed, "baseline-b.pdf");
        assertTrue(output.contains("Signature Validation: Signature is Valid."), output);
        assertTrue(output.contains("Certificate Validation: Certificate is Trusted."), output);
        assertTrue(output.contains("Total document signed"), output);
    }

    @Test
    void pdfsigReportsAnAlteredCopyAsInvalid() throws Exception {
        byte[] signed = new PadesSigner(pki.custody)
                .sign(
                        TestPki.onePagePdf("MARKER-0001"),
                        pki.signerKey,
                        pki.signerChain,
                        new SigningParameters("Lê Văn Đức", "Phê duyệt", "Bắc Ninh", Instant.now(), null),
                        null);
        String output = pdfsig(PadesSigningTest.replace(signed, "MARKER-0001", "MARKER-0002"), "altered.pdf");
        assertFalse(output.contains("Signature is Valid."), output);
        assertTrue(output.contains("Digest Mismatch") || output.contains("Signature is Invalid"), output);
    }

    /**
     * pdfsig judges each signature's bytes and whether it covers the file, not what later revisions
     * changed: on a file whose page was rewritten between two signatures it and our verifier agree
     * on both signatures' integrity and coverage, and only ours also says what changed.
     */
    @Test
    void onAPageRewrittenBetweenSignaturesPdfsigAndOurVerifierAgreeOnIntegrity() throws Exception {
        PadesSigner signer = new PadesSigner(pki.custody);
        byte[] signedOnce = signer.sign(
                TestPki.onePagePdf("MARKER-0001"),
                pki.signerKey,
                pki.signerChain,
                new SigningParameters(
                        "Lê Văn Đức", "Phê duyệt", "Bắc Ninh", Instant.now(), StampPlacement.lowerRight(1, 595)),
                pki.timeStamper());
        byte[] edited = RevisionChangesTest.edit(signedOnce, document -> {
            var page = document.getPage(0);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.addRect(72, 700, 200, 40);
                content.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        byte[] countersigned = signer.sign(
                edited,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters("Lê Văn Đức", "Đóng dấu", "Bắc Ninh", Instant.now(), null),
                pki.timeStamper());

        String output = pdfsig(countersigned, "changed-between.pdf");
        var report = new PdfSignatureVerifier(List.of(pki.root()), List.of(), java.time.Clock.systemUTC())
                .verify(countersigned);
        assertEquals(2, count(output, "Signature Validation: Signature is Valid."), output);
        assertTrue(report.signatures().stream().allMatch(vn.egov.signing.api.SignatureCheck::intact));
        String first = output.substring(0, output.indexOf("Signature #2"));
        assertTrue(first.contains("Not total document signed"), output);
        assertFalse(report.signatures().get(0).coversDocument());
        assertTrue(report.signatures().get(1).coversDocument());
        assertTrue(report.signatures().get(0).changedAfterSigning(), "ours also sees the rewritten page");
        assertFalse(report.valid());
    }

    private static String pdfsig(byte[] pdf, String name) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        return run("pdfsig", "-nssdir", "sql:" + nss, file.toString());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(List.of(command))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    command[0] + " is missing: apt-get install -y poppler-utils libnss3-tools", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        List<String> shown = new ArrayList<>(List.of(command));
        // pdfsig exits 0 for valid and non-zero for invalid signatures; the assertions read its report
        if (!command[0].equals("pdfsig")) {
            assertEquals(0, process.exitValue(), shown + ":\n" + output);
        }
        return output;
    }
}
