package vn.egov.signing.bench;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.SoftwareKeyCustody;
import vn.egov.signing.pdf.PadesSigner;
import vn.egov.signing.pdf.SigningParameters;
import vn.egov.signing.pdf.StampPlacement;

/**
 * Figures, not a test: in one JVM, signed one-page PDFs per second (PAdES B-B with a visible
 * stamp, RSA-2048 key in the software custody, one thread; and PAdES B-LT with the stamp, the
 * built-in time-stamp and the revocation data embedded), raw RSA-2048 and ECDSA P-256
 * signatures per second (JDK providers, one thread), their ratio, and the time to sign a batch
 * of 100 one-page documents. Run: {@code ./mvnw -B -Pbench-signing -pl modules/signing test-compile exec:java}.
 */
public final class SigningBenchmark {
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);

    private SigningBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        var custody = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(master));
        var keys = CertificateAuthority.establish(
                custody, "UBND tỉnh Bắc Ninh", Clock.systemUTC(), vn.egov.signing.pdf.TestPkiProfile.LOCAL);
        var ca = new CertificateAuthority(custody, keys, Clock.systemUTC(), vn.egov.signing.pdf.TestPkiProfile.LOCAL);
        var pair = custody.generate(KeyAlgorithm.RSA_2048);
        var certificate = ca.issue(
                new Holder(HolderKind.LEADER, "Nguyễn Văn Bình", "CCCD:027085001234", "Sở Tư pháp"),
                pair.getPublic(),
                Duration.ofDays(365));
        String key = custody.keep(pair.getPrivate(), "bench", List.of(certificate));
        var chain = ca.chainOf(certificate);
        byte[] page = onePage();
        PadesSigner signer = new PadesSigner(custody);
        StampPlacement stamp = StampPlacement.lowerRight(1, PDRectangle.A4.getWidth());

        Runnable signPdf = () -> signer.sign(
                page,
                key,
                chain,
                new SigningParameters("Nguyễn Văn Bình", "Phê duyệt", "Bắc Ninh", Instant.now(), stamp),
                null);
        double pdfs = rate("warm-up signed PDFs", signPdf);
        pdfs = rate("signed one-page PDFs (B-B, visible stamp)", signPdf);
        rate(
                "signed one-page PDFs (B-B, invisible)",
                () -> signer.sign(
                        page,
                        key,
                        chain,
                        new SigningParameters("Nguyễn Văn Bình", "Phê duyệt", "Bắc Ninh", Instant.now(), null),
                        null));
        // B-LT as the platform makes it: time-stamped by the built-in unit (ECDSA P-256), then the chains'
        // certificates and the CRL and ARL (signed every 10 minutes, so reused here) in a /DSS with /VRI
        var tsa = new vn.egov.signing.ca.TimeStampAuthority(
                custody, keys, Clock.systemUTC(), vn.egov.signing.ca.TimeStampAuthority.DEFAULT_POLICY);
        var material = new vn.egov.signing.pdf.LongTermSignatures.ValidationMaterial(
                List.of(keys.issuing(), keys.root(), keys.timeStamping()),
                List.of(ca.revocationList(java.util.Map.of(), 1), ca.authorityRevocationList(java.util.Map.of(), 1)));
        rate(
                "signed one-page PDFs (B-T: time-stamp, visible stamp)",
                () -> signer.sign(
                        page,
                        key,
                        chain,
                        new SigningParameters("Nguyễn Văn Bình", "Phê duyệt", "Bắc Ninh", Instant.now(), stamp),
                        tsa.timeStamper()));
        byte[] signedOnce = signer.sign(
                page,
                key,
                chain,
                new SigningParameters("Nguyễn Văn Bình", "Phê duyệt", "Bắc Ninh", Instant.now(), stamp),
                tsa.timeStamper());
        rate(
                "validation data added to a B-T PDF (DSS with CRLs)",
                () -> vn.egov.signing.pdf.LongTermSignatures.addValidationData(signedOnce, material));
        rate("time-stamp tokens", () -> tsa.timeStamp(new byte[32]));
        double longTerm = rate(
                "signed one-page PDFs (B-LT: time-stamp, DSS with CRLs, visible stamp)",
                () -> vn.egov.signing.pdf.LongTermSignatures.addValidationData(
                        signer.sign(
                                page,
                                key,
                                chain,
                                new SigningParameters("Nguyễn Văn Bình", "Phê duyệt", "Bắc Ninh", Instant.now(), stamp),
                                tsa.timeStamper()),
                        material));
        double rsa = rate("raw RSA-2048 signatures (SHA256withRSA)", rawSigner("RSA", 2048, "SHA256withRSA"));
        double ecdsa = rate("raw ECDSA P-256 signatures (SHA256withECDSA)", rawSigner("EC", 256, "SHA256withECDSA"));
        rate(
                "raw ECDSA P-256 signatures (Bouncy Castle)",
                rawSigner("EC", 256, "SHA256withECDSA", new org.bouncycastle.jce.provider.BouncyCastleProvider()));
        System.out.printf("ratio signed PDFs / raw RSA-2048: %.1f %% (aim: at least 25 %%)%n", 100 * pdfs / rsa);
        System.out.printf("ratio signed PDFs / raw ECDSA P-256: %.1f %%%n", 100 * pdfs / ecdsa);
        System.out.printf("ratio B-LT PDFs / raw RSA-2048: %.1f %% (aim: at least 25 %%)%n", 100 * longTerm / rsa);

        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(onePage());
        }
        long start = System.nanoTime();
        for (byte[] document : batch) {
            signer.sign(
                    document,
                    key,
                    chain,
                    new SigningParameters("Nguyễn Văn Bình", "Phê duyệt", "Bắc Ninh", Instant.now(), stamp),
                    null);
        }
        System.out.printf(
                "batch of 100 one-page documents (B-B, stamp, one thread): %.2f s%n",
                (System.nanoTime() - start) / 1e9);
    }

    private static Runnable rawSigner(String family, int size, String algorithm) throws Exception {
        return rawSigner(family, size, algorithm, null);
    }

    /** Signatures of 32 bytes with a fresh key, through the given provider (null: the JDK's choice). */
    private static Runnable rawSigner(String family, int size, String algorithm, java.security.Provider provider)
            throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(family);
        if (family.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(size);
        }
        KeyPair pair = generator.generateKeyPair();
        byte[] data = new byte[32];
        return () -> {
            try {
                Signature signature = provider == null
                        ? Signature.getInstance(algorithm)
                        : Signature.getInstance(algorithm, provider);
                signature.initSign(pair.getPrivate());
                signature.update(data);
                signature.sign();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static double rate(String label, Runnable work) {
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() < end) {
            work.run();
            count++;
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%s: %d in %d s = %.1f/s%n", label, count, SECONDS, rate);
        return rate;
    }

    private static byte[] onePage() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText("Ket qua giai quyet ho so 000.00.01.H04-261125-0001");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
