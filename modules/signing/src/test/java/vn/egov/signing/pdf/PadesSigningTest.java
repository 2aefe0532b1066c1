package vn.egov.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.api.SignatureCheck.Revocation;
import vn.egov.signing.api.SignatureCheck.Trust;
import vn.egov.signing.api.VerificationReport;
import vn.egov.signing.custody.KeyAlgorithm;

class PadesSigningTest {
    static final String LEADER = "Nguyễn Thị Hồng Nhung";
    static TestPki pki;
    static PadesSigner signer;
    static byte[] original;

    @BeforeAll
    static void pki() throws Exception {
        pki = new TestPki("UBND tỉnh Bắc Ninh", LEADER, KeyAlgorithm.RSA_2048);
        signer = new PadesSigner(pki.custody);
        original = TestPki.onePagePdf("MARKER-0001");
    }

    static SigningParameters stamped() {
        return new SigningParameters(
                LEADER,
                "Phê duyệt kết quả giải quyết hồ sơ",
                "Bắc Ninh",
                Instant.now(),
                StampPlacement.lowerRight(1, 595));
    }

    PdfSignatureVerifier verifier() {
        return new PdfSignatureVerifier(
                List.of(pki.root()), List.of(pki.authority.revocationList(Map.of(), 1)), Clock.systemUTC());
    }

    @Test
    void aStampedBaselineSignatureVerifiesAsTrustedAndIntact() throws Exception {
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null);

        VerificationReport report = verifier().verify(signed);
        assertTrue(report.valid());
        SignatureCheck check = report.signatures().get(0);
        assertEquals(LEADER, check.signer());
        assertEquals("CCCD:027085001234", check.signerId());
        assertEquals(Trust.TRUSTED, check.trust());
        assertTrue(check.intact());
        assertTrue(check.coversDocument());
        assertEquals("PAdES B-B", check.level());
        assertEquals(Revocation.GOOD, check.revocation());
        assertNull(check.timeStamp());
        assertEquals(3, check.chain().size(), "signer, issuing CA, root");
        assertEquals("Bắc Ninh", check.location());

        // the stamp is drawn on the page, in Vietnamese, with the signer's name
        try (var document = Loader.loadPDF(signed)) {
            var widget = document.getPage(0).getAnnotations().get(0);
            assertNotNull(widget.getNormalAppearanceStream());
            assertEquals(220, widget.getRectangle().getWidth(), 0.01);
        }
        assertTrue(StampAppearance.lines(stamped()).get(0).contains(LEADER));
    }

    @Test
    void levelBTCarriesATrustedTimeStampOverTheSignature() {
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), pki.timeStamper());

        SignatureCheck check = verifier().verify(signed).signatures().get(0);
        assertTrue(check.valid());
        assertEquals("PAdES B-T", check.level());
        assertNotNull(check.timeStamp());
        assertTrue(check.timeStampAuthority().startsWith("Dịch vụ cấp dấu thời gian"));
    }

    @Test
    void aSecondSignatureKeepsTheFirstValid() {
        byte[] once = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null);
        var second = new SigningParameters(
                LEADER, "Đóng dấu", "Bắc Ninh", Instant.now(), new StampPlacement(1, 40, 36, 220, 70));
        byte[] twice = signer.sign(once, pki.signerKey, pki.signerChain, second, pki.timeStamper());

        VerificationReport report = verifier().verify(twice);
        assertEquals(2, report.signatures().size());
        assertTrue(report.valid());
        SignatureCheck first = report.signatures().get(0);
        assertFalse(first.coversDocument());
        assertEquals(1, first.laterSignatures());
        assertTrue(report.signatures().get(1).coversDocument());
        // the first revision is kept byte for byte
        assertArrayEquals(once, java.util.Arrays.copyOf(twice, once.length));
    }

    @Test
    void aByteChangedAfterSigningBreaksTheSignature() {
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null);
        byte[] altered = replace(signed, "MARKER-0001", "MARKER-0002");

        SignatureCheck check = verifier().verify(altered).signatures().get(0);
        assertFalse(check.intact());
        assertFalse(check.valid());
        assertEquals(Trust.TRUSTED, check.trust(), "the certificate is still ours; the document is what broke");
    }

    @Test
    void anAppendedRevisionWithoutSignatureShowsAsChangedAfterSigning() throws Exception {
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null);
        byte[] changed;
        try (var document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setSubject("sửa sau khi ký");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            var bytes = new java.io.ByteArrayOutputStream();
            document.saveIncremental(bytes);
            changed = bytes.toByteArray();
        }
        SignatureCheck check = verifier().verify(changed).signatures().get(0);
        assertTrue(check.intact());
        assertFalse(check.coversDocument());
        assertFalse(check.valid());
    }

    @Test
    void anotherAuthoritysSignatureIsUntrustedNotAnError() throws Exception {
        TestPki stranger = new TestPki("Tổ chức lạ", "Trần Văn Bình", KeyAlgorithm.EC_P256);
        byte[] signed = new PadesSigner(stranger.custody)
                .sign(original, stranger.signerKey, stranger.signerChain, stamped(), null);

        SignatureCheck check = verifier().verify(signed).signatures().get(0);
        assertEquals(Trust.UNTRUSTED, check.trust());
        assertNotNull(check.trustProblem());
        assertTrue(check.intact(), "an ECDSA P-256 signature verifies");
        assertEquals("Trần Văn Bình", check.signer());
        assertEquals(Revocation.UNKNOWN, check.revocation());
        assertFalse(check.valid());
    }

    @Test
    void anImpostorCaWithOurNamesIsUntrustedAndOurListSaysNothingAboutIt() {
        TestPki impostor = new TestPki("UBND tỉnh Bắc Ninh", LEADER, KeyAlgorithm.RSA_2048);
        byte[] signed = new PadesSigner(impostor.custody)
                .sign(original, impostor.signerKey, impostor.signerChain, stamped(), impostor.timeStamper());

        SignatureCheck check = verifier().verify(signed).signatures().get(0);
        assertEquals(Trust.UNTRUSTED, check.trust());
        assertEquals(Revocation.UNKNOWN, check.revocation(), "our CRL has the same issuer name but not the same key");
        assertEquals("PAdES B-T", check.level(), "the time-stamp is there");
        assertNull(check.timeStamp(), "but an untrusted authority proves no time");
        assertNotNull(check.timeStampAuthority());
        assertEquals(3, check.chain().size(), "signer, issuing CA, root, in that order");
        assertTrue(check.chain().get(2).contains("CA gốc"), check.chain().toString());
    }

    @Test
    void theLevelIsTheFilesFormEvenForAnUntrustedSigner() {
        TestPki stranger = new TestPki("Tổ chức lạ", "Trần Văn Bình", KeyAlgorithm.EC_P256);
        var keys = stranger.authority.keys();
        byte[] signed = LongTermSignatures.addValidationData(
                new PadesSigner(stranger.custody)
                        .sign(original, stranger.signerKey, stranger.signerChain, stamped(), stranger.timeStamper()),
                new LongTermSignatures.ValidationMaterial(
                        List.of(keys.issuing(), keys.root(), keys.timeStamping()),
                        List.of(
                                stranger.authority.revocationList(Map.of(), 1),
                                stranger.authority.authorityRevocationList(Map.of(), 1))));
        SignatureCheck check = verifier().verify(signed).signatures().get(0);
        assertEquals(Trust.UNTRUSTED, check.trust());
        assertEquals("PAdES B-LT", check.level());
        assertFalse(check.valid());
    }

    @Test
    void aRevokedIssuingCaRevokesWhatItIssued() {
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), pki.timeStamper());
        var arl = pki.authority.authorityRevocationList(
                Map.of(
                        pki.authority.keys().issuing().getSerialNumber(),
                        Instant.now().minusSeconds(3600)),
                2);
        SignatureCheck check = new PdfSignatureVerifier(
                        List.of(pki.root()), List.of(pki.authority.revocationList(Map.of(), 1), arl), Clock.systemUTC())
                .verify(signed)
                .signatures()
                .get(0);
        assertEquals(
                Revocation.REVOKED,
                check.revocation(),
                "the signer is not on the CRL, but his CA is on the root's ARL");
        assertFalse(check.valid());
    }

    @Test
    void aRevokedCertificateMakesTheSignatureInvalid() {
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null);
        var crl = pki.authority.revocationList(Map.of(pki.signerChain.get(0).getSerialNumber(), Instant.now()), 2);

        SignatureCheck check = new PdfSignatureVerifier(List.of(pki.root()), List.of(crl), Clock.systemUTC())
                .verify(signed)
                .signatures()
                .get(0);
        assertEquals(Revocation.REVOKED, check.revocation());
        assertNotNull(check.revokedAt());
        assertFalse(check.valid());
    }

    @Test
    void anUnsignedPdfHasNoSignaturesAndIsNotValid() {
        VerificationReport report = verifier().verify(original);
        assertFalse(report.signed());
        assertFalse(report.valid());
        assertEquals(64, report.documentSha256().length());
    }

    @Test
    void nonPdfDamagedPdfAndMissingPageAreRefusedClearly() {
        var notPdf = assertThrows(
                DocumentRejected.class, () -> verifier().verify("xin chào".getBytes(StandardCharsets.UTF_8)));
        assertEquals(DocumentRejected.Reason.NOT_PDF, notPdf.reason());
        var damaged = assertThrows(
                DocumentRejected.class,
                () -> signer.sign(
                        "%PDF-1.7\n garbage".getBytes(StandardCharsets.ISO_8859_1),
                        pki.signerKey,
                        pki.signerChain,
                        stamped(),
                        null));
        assertEquals(DocumentRejected.Reason.DAMAGED, damaged.reason());
        var page = assertThrows(
                DocumentRejected.class,
                () -> signer.sign(
                        original,
                        pki.signerKey,
                        pki.signerChain,
                        new SigningParameters(LEADER, "x", "y", Instant.now(), new StampPlacement(3, 10, 10, 200, 60)),
                        null));
        assertEquals(DocumentRejected.Reason.NO_SUCH_PAGE, page.reason());
    }

    @Test
    void aStampGoesInTheCornerAndOnThePageAsked() throws Exception {
        // A4 portrait: 595.28 x 841.89 points, nothing printed: every corner is the nominal place
        byte[] original;
        try (var blank = new org.apache.pdfbox.pdmodel.PDDocument()) {
            blank.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            var out = new java.io.ByteArrayOutputStream();
            blank.save(out);
            original = out.toByteArray();
        }
        var upperLeft = PadesSigner.inCorner(original, 1, true, false);
        assertEquals(1, upperLeft.page());
        assertEquals(30, upperLeft.x(), 0.01);
        assertEquals(841.89 - 36 - 70, upperLeft.y(), 0.01);
        var lowerRight = PadesSigner.inCorner(original, 0, false, true);
        assertEquals(1, lowerRight.page());
        assertEquals(595.28 - 250, lowerRight.x(), 0.01);
        assertEquals(36, lowerRight.y(), 0.01);
        assertEquals(
                DocumentRejected.Reason.NO_SUCH_PAGE,
                assertThrows(DocumentRejected.class, () -> PadesSigner.inCorner(original, 2, false, false))
                        .reason());

        byte[] signed = signer.sign(
                original,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters(LEADER, "Phê duyệt", "Bắc Ninh", Instant.now(), upperLeft),
                null);
        assertTrue(verifier().verify(signed).valid());
        try (var document = Loader.loadPDF(signed)) {
            var rectangle = document.getPage(0).getAnnotations().get(0).getRectangle();
            assertEquals(30, rectangle.getLowerLeftX(), 0.01);
            assertEquals(841.89 - 36, rectangle.getUpperRightY(), 0.01);
        }
    }

    @Test
    void onAPageTurnedAQuarterTheStampIsInTheCornerTheReaderSeesAndUpright() throws Exception {
        byte[] turned;
        try (var document = Loader.loadPDF(original)) {
            document.getPage(0).setRotation(90);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            turned = out.toByteArray();
        }
        // shown turned, the A4 page is 841.89 wide and 595.28 high
        var lowerRight = PadesSigner.inCorner(turned, 0, false, true);
        assertEquals(841.89 - 250, lowerRight.x(), 0.01);
        assertEquals(36, lowerRight.y(), 0.01);

        byte[] signed = signer.sign(
                turned,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters(LEADER, "Phê duyệt", "Bắc Ninh", Instant.now(), lowerRight),
                null);
        assertTrue(verifier().verify(signed).valid());
        Files.write(java.nio.file.Path.of("target", "stamp-on-turned-page.pdf"), signed);
        try (var document = Loader.loadPDF(signed)) {
            var widget = document.getPage(0).getAnnotations().get(0);
            var rectangle = widget.getRectangle();
            // the shown lower right is the unturned page's upper right, with the stamp's sides swapped
            assertEquals(70, rectangle.getWidth(), 0.01);
            assertEquals(220, rectangle.getHeight(), 0.01);
            assertEquals(595.28 - 36 - 70, rectangle.getLowerLeftX(), 0.01);
            assertEquals(841.89 - 250, rectangle.getLowerLeftY(), 0.01);
            var matrix = widget.getNormalAppearanceStream().getMatrix();
            assertEquals(0, matrix.getScaleX(), 1e-6);
            assertEquals(1, matrix.getShearY(), 1e-6);
        }
    }

    @Test
    void theShownCornerMapsToThePagesOwnSpaceForEveryTurn() {
        var a4 = new org.apache.pdfbox.pdmodel.common.PDRectangle(595, 842);
        var place = new StampPlacement(1, 10, 20, 200, 60);
        // upside down: the shown lower left is the page's own upper right
        var half = place.onPage(a4, 180);
        assertEquals(595 - 10 - 200, half.getLowerLeftX(), 0.01);
        assertEquals(842 - 20 - 60, half.getLowerLeftY(), 0.01);
        // turned three quarters clockwise: the shown lower left is the page's own upper left, sides swapped
        var back = place.onPage(a4, 270);
        assertEquals(20, back.getLowerLeftX(), 0.01);
        assertEquals(842 - 10 - 200, back.getLowerLeftY(), 0.01);
        assertEquals(60, back.getWidth(), 0.01);
        var offset = place.onPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 100, 595, 842), 0);
        assertEquals(60, offset.getLowerLeftX(), 0.01);
        assertEquals(120, offset.getLowerLeftY(), 0.01);
    }

    @Test
    void theStampFontKeepsOnlyWhatDrawsGlyphs() throws Exception {
        byte[] font = StampAppearance.subsetFont();
        try (var parsed =
                new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
            // with GSUB, PDFBox runs its ligature rules on every line of every stamp
            assertEquals(org.apache.fontbox.ttf.model.GsubData.NO_DATA_FOUND, parsed.getGsubData());
            assertTrue(parsed.getUnicodeCmapLookup().getGlyphId('ữ') > 0, "Vietnamese letters are kept");
        }
        assertTrue(font.length < 60_000, font.length + " bytes");
    }

    @Test
    void theLastSignaturesContentsAreReadFromTheFileAsPdfboxReadsThem() throws Exception {
        byte[] twice = signer.sign(
                signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null),
                pki.signerKey,
                pki.signerChain,
                stamped(),
                pki.timeStamper());
        try (var document = Loader.loadPDF(twice)) {
            var signatures = document.getSignatureDictionaries();
            assertArrayEquals(signatures.get(1).getContents(), LongTermSignatures.lastSignatureContents(twice));
        }
        // a file that does not end with its last signature is read the long way
        byte[] appended = java.util.Arrays.copyOf(twice, twice.length + 1);
        assertNull(LongTermSignatures.lastSignatureContents(appended));
        assertNull(LongTermSignatures.lastSignatureContents(original));
    }

    @Test
    void theRoomForASignatureFollowsItsChain() throws Exception {
        int chain = 0;
        for (var certificate : pki.signerChain) {
            chain += certificate.getEncoded().length;
        }
        assertEquals(chain + 2_048, PadesSigner.signatureSpace(pki.signerChain, null));
        assertEquals(chain + 2_048 + 16_384, PadesSigner.signatureSpace(pki.signerChain, digest -> new byte[0]));
        int ours = pki.tsa.timeStamper().tokenRoom();
        assertTrue(ours < 8_000, ours + " bytes reserved for our own tokens");
        assertEquals(chain + 2_048 + ours, PadesSigner.signatureSpace(pki.signerChain, pki.timeStamper()));
    }

    @Test
    void theStampTextIsInVietnameseAndWrapsToTheStampWidth() throws Exception {
        List<String> lines = StampAppearance.lines(stamped());
        assertTrue(lines.get(0).startsWith("Ký bởi: "));
        assertTrue(lines.get(1).startsWith("Thời gian: ") && lines.get(1).endsWith("(giờ Việt Nam)"));
        assertEquals("Lý do: Phê duyệt kết quả giải quyết hồ sơ", lines.get(2));
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, stamped(), null);
        try (var document = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Giấy chứng nhận"), text);
        }
    }

    @Test
    void aStampWithCharactersBeyondVietnameseStillSigns() {
        var parameters = new SigningParameters(
                "Nguyễn Ānh 阮", "Lý do: ½ ✓", "Bắc Ninh", Instant.now(), StampPlacement.lowerRight(1, 595));
        byte[] signed = signer.sign(original, pki.signerKey, pki.signerChain, parameters, null);
        assertTrue(verifier().verify(signed).valid());
        assertTrue(StampAppearance.printable("Nguyễn Thị Hồng Nhung – 25/11/2026 (giờ Việt Nam)"));
        assertFalse(StampAppearance.printable("阮"));
    }

    @Test
    void theStampMovesOffAFooterWithinItsCornerAndStaysOnThePage() throws Exception {
        byte[] withFooter = pageWith("Trang 2/2");
        StampPlacement place = PadesSigner.inCorner(withFooter, 0, false, true);
        var footer = new java.awt.geom.Rectangle2D.Float(480, 36, 60, 12);
        assertFalse(
                new java.awt.geom.Rectangle2D.Float(place.x(), place.y(), place.width(), place.height())
                        .intersects(footer),
                place.toString());
        assertTrue(
                place.x() >= 595.28 / 2 - 1 && place.x() + place.width() <= 595.28,
                "still the right of the page: " + place);
        assertTrue(place.y() >= 0 && place.y() < 841.89 * 0.35, "still the bottom: " + place);
    }

    @Test
    void aPageWhoseContentInflatesBeyondBoundsIsNotReadToPlaceTheStamp() throws Exception {
        byte[] bomb;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            document.addPage(page);
            var stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
            try (var out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                out.write("BT /F1 10 Tf 480 40 Td (Trang 2/2) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 8; i++) {
                    out.write(spaces);
                }
            }
            page.setContents(stream);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            bomb = out.toByteArray();
        }
        assertTrue(bomb.length < 100_000, "8 MB of content in " + bomb.length + " bytes");
        StampPlacement place = PadesSigner.inCorner(bomb, 0, false, true);
        assertEquals(
                StampPlacement.inCorner(
                        1,
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getWidth(),
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4.getHeight(),
                        false,
                        true),
                place,
                "the nominal corner: the page is not read");
    }

    @Test
    void aCountersignatureStampGoesBesideTheFirstNotOverIt() throws Exception {
        byte[] once = signer.sign(
                original,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters(
                        LEADER, "Phê duyệt", "Bắc Ninh", Instant.now(), PadesSigner.lastPageLowerRight(original)),
                null);
        StampPlacement second = PadesSigner.lastPageLowerRight(once);
        Files.write(
                java.nio.file.Path.of("target", "two-stamps.pdf"),
                signer.sign(
                        once,
                        pki.signerKey,
                        pki.signerChain,
                        new SigningParameters("Trần Văn Bình", "Đóng dấu", "Bắc Ninh", Instant.now(), second),
                        null));
        try (var document = Loader.loadPDF(once)) {
            var first = document.getPage(0).getAnnotations().get(0).getRectangle();
            assertFalse(
                    new java.awt.geom.Rectangle2D.Float(second.x(), second.y(), second.width(), second.height())
                            .intersects(
                                    first.getLowerLeftX(), first.getLowerLeftY(), first.getWidth(), first.getHeight()),
                    second.toString());
        }
    }

    @Test
    void theStampIsOpaqueSoNothingUnderItShowsThrough() throws Exception {
        byte[] dark;
        try (var document = Loader.loadPDF(original)) {
            var page = document.getPage(0);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
                    document, page, org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                content.addRect(300, 30, 280, 100);
                content.fill();
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            dark = out.toByteArray();
        }
        // placed by hand over the black box
        byte[] signed = signer.sign(
                dark,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters(
                        LEADER, "Phê duyệt", "Bắc Ninh", Instant.now(), new StampPlacement(1, 340, 45, 220, 70)),
                null);
        try (var document = Loader.loadPDF(signed)) {
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(0, 1f);
            // a point inside the stamp, right of its text lines and inside its frame: the stamp's light background
            int rgb = image.getRGB(340 + 215, image.getHeight() - 48);
            assertEquals(0xFFFAF0, rgb & 0xFFFFFF, Integer.toHexString(rgb));
        }
    }

    /** An A4 page with the title line at the top and, when given, a footer at its lower right. */
    static byte[] pageWith(String footer) throws Exception {
        try (var document = Loader.loadPDF(original)) {
            if (footer != null) {
                var page = document.getPage(0);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
                        document, page, org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                    content.beginText();
                    content.setFont(
                            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                            10);
                    content.newLineAtOffset(480, 40);
                    content.showText(footer);
                    content.endText();
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from);
        assertTrue(at > 0, "marker present");
        byte[] copy = bytes.clone();
        System.arraycopy(to.getBytes(StandardCharsets.ISO_8859_1), 0, copy, at, to.length());
        return copy;
    }
}
