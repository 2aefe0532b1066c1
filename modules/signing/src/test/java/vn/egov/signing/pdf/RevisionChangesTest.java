package vn.egov.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.signing.api.DocumentChange;
import vn.egov.signing.api.DocumentChange.Kind;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.api.VerificationReport;
import vn.egov.signing.custody.KeyAlgorithm;

/**
 * Each kind of change made in an incremental update after a signature, built with PDFBox as an
 * editor would, then (as in the case reported) countersigned by another signer: the first
 * signature's bytes are intact, yet the document is "changed after signing".
 */
class RevisionChangesTest {
    static TestPki pki;
    static PadesSigner signer;

    @BeforeAll
    static void pki() {
        pki = new TestPki("UBND tỉnh Bắc Ninh", "Trần Thị Mai", KeyAlgorithm.RSA_2048);
        signer = new PadesSigner(pki.custody);
    }

    static PdfSignatureVerifier verifier() {
        return new PdfSignatureVerifier(
                List.of(pki.root()), List.of(pki.authority.revocationList(Map.of(), 1)), Clock.systemUTC());
    }

    static byte[] sign(byte[] pdf, StampPlacement stamp) {
        return signer.sign(
                pdf,
                pki.signerKey,
                pki.signerChain,
                new SigningParameters("Trần Thị Mai", "Phê duyệt", "Bắc Ninh", Instant.now(), stamp),
                pki.timeStamper());
    }

    interface Edit {
        void apply(PDDocument document) throws IOException;
    }

    /** An incremental update made with PDFBox, as an editor appends its changes to a signed file. */
    static byte[] edit(byte[] pdf, Edit edit) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            edit.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    static VerificationReport signEditCountersign(byte[] original, Edit edit) throws IOException {
        byte[] signed = sign(original, StampPlacement.lowerRight(1, 595));
        byte[] edited = edit(signed, edit);
        assertTrue(edited.length > signed.length, "the edit is appended as a revision");
        byte[] countersigned = sign(edited, new StampPlacement(1, 30, 36, 220, 70));
        return verifier().verify(countersigned);
    }

    static DocumentChange only(SignatureCheck check, Kind kind) {
        var found = check.changesAfter().stream().filter(c -> c.kind() == kind).toList();
        assertEquals(1, found.size(), check.changesAfter().toString());
        return found.get(0);
    }

    @Test
    void aCountersignatureIsTheOnlyChangeAndAnAllowedOne() throws Exception {
        byte[] once = sign(TestPki.onePagePdf("MARKER-0001"), StampPlacement.lowerRight(1, 595));
        byte[] twice = sign(once, new StampPlacement(1, 30, 36, 220, 70));

        VerificationReport report = verifier().verify(twice);
        assertTrue(report.valid(), report.toString());
        assertFalse(report.changedAfterSigning());
        SignatureCheck first = report.signatures().get(0);
        assertEquals(List.of(new DocumentChange(Kind.SIGNATURES, List.of(), true)), first.changesAfter());
        assertEquals(List.of(), report.signatures().get(1).changesAfter());
        assertNull(PdfSignatureVerifier.earlierSignaturesProblem(twice), "a clean file may be signed again");
    }

    @Test
    void pageTextRewrittenBetweenTwoSignaturesIsCaughtOnItsPage() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            PDPage page = document.getPage(0);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 760);
                content.showText("Land use right certificate - REFUSED");
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });

        SignatureCheck first = report.signatures().get(0);
        assertTrue(first.intact(), "the first signature's own bytes are untouched");
        assertTrue(first.changedAfterSigning());
        assertFalse(first.valid());
        assertEquals(List.of(1), only(first, Kind.PAGE_CONTENT).pages());
        assertFalse(only(first, Kind.PAGE_CONTENT).allowed());
        assertTrue(only(first, Kind.SIGNATURES).allowed());
        assertTrue(report.signatures().get(1).valid(), "the countersignature itself covers the changed file");
        assertTrue(report.changedAfterSigning());
        assertFalse(report.valid());
    }

    @Test
    void anAnnotationAddedAfterSigningIsCaught() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            PDPage page = document.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(100, 600, 20, 20));
            note.setContents("Đã sửa");
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
        });
        SignatureCheck first = report.signatures().get(0);
        assertEquals(List.of(1), only(first, Kind.ANNOTATIONS).pages());
        assertFalse(first.valid());
    }

    @Test
    void aPageAddedAfterSigningIsCaught() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            document.addPage(new PDPage(PDRectangle.A4));
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
        });
        SignatureCheck first = report.signatures().get(0);
        assertEquals(List.of(2), only(first, Kind.PAGES).pages());
        assertFalse(first.valid());
    }

    @Test
    void aFormValueChangedAfterSigningIsCaughtUnlessACertificationAllowsIt() throws Exception {
        VerificationReport report = signEditCountersign(formPdf("Nguyen Van An"), document -> {
            PDTextField name =
                    (PDTextField) document.getDocumentCatalog().getAcroForm().getField("hoTen");
            name.setValue("Nguyen Van Binh");
            name.getCOSObject().setNeedToBeUpdated(true);
            name.getWidgets().get(0).getCOSObject().setNeedToBeUpdated(true);
        });
        SignatureCheck first = report.signatures().get(0);
        DocumentChange change = only(first, Kind.FORM_VALUES);
        assertEquals(List.of(1), change.pages());
        assertFalse(change.allowed(), "the document is not certified for form filling");
        assertFalse(first.valid());
    }

    @Test
    void aScriptAddedToTheDocumentIsCaught() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
        assertFalse(only(report.signatures().get(0), Kind.DOCUMENT).allowed());
    }

    @Test
    void aDeeplyNestedObjectIsComparedWithoutOverflowingTheStack() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            COSArray outer = new COSArray();
            COSArray current = outer;
            for (int i = 0; i < 1_000; i++) {
                COSArray inner = new COSArray();
                current.add(inner);
                current = inner;
            }
            document.getPage(0).getCOSObject().setItem(COSName.getPDFName("Nested"), outer);
            document.getPage(0).getCOSObject().setNeedToBeUpdated(true);
        });
        assertEquals(
                List.of(1), only(report.signatures().get(0), Kind.PAGE_CONTENT).pages());
    }

    /** A widget of no field, drawn over the whole page after signing: the signed page is hidden. */
    @Test
    void aWidgetDrawnOverThePageAfterSigningIsCaught() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            var widget = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget();
            widget.setRectangle(new PDRectangle(0, 0, 595, 842));
            widget.setAppearance(whitePage(document));
            document.getPage(0).getAnnotations().add(widget);
            document.getPage(0).getCOSObject().setNeedToBeUpdated(true);
        });
        assertEquals(
                List.of(1), only(report.signatures().get(0), Kind.ANNOTATIONS).pages());
        assertFalse(report.signatures().get(0).valid());
    }

    @Test
    void anEmptySignatureFieldDrawnOnThePageAfterSigningIsCaught() throws Exception {
        VerificationReport report = signEditCountersign(TestPki.onePagePdf("MARKER-0001"), document -> {
            var form = document.getDocumentCatalog().getAcroForm();
            var field = new org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField(form);
            var widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(0, 0, 595, 842));
            widget.setAppearance(whitePage(document));
            widget.setPage(document.getPage(0));
            form.getFields().add(field);
            document.getPage(0).getAnnotations().add(widget);
            document.getPage(0).getCOSObject().setNeedToBeUpdated(true);
            form.getCOSObject().setNeedToBeUpdated(true);
        });
        assertFalse(only(report.signatures().get(0), Kind.SIGNATURE_FIELDS).allowed());
        assertFalse(report.signatures().get(0).valid());
    }

    @Test
    void aSignaturesStampOrDictionaryRewrittenAfterSigningIsCaughtAndTheSignedReasonShown() throws Exception {
        byte[] signed = sign(TestPki.onePagePdf("MARKER-0001"), StampPlacement.lowerRight(1, 595));
        byte[] restamped = edit(signed, document -> {
            var widget = document.getSignatureFields().get(0).getWidgets().get(0);
            widget.setAppearance(whitePage(document));
            widget.getCOSObject().setNeedToBeUpdated(true);
        });
        SignatureCheck stamp = verifier().verify(restamped).signatures().get(0);
        assertFalse(only(stamp, Kind.SIGNATURE_FIELDS).allowed());
        assertFalse(stamp.valid());

        byte[] reworded = edit(signed, document -> {
            var dictionary = document.getSignatureDictionaries().get(0);
            dictionary.setReason("Từ chối cấp phép");
            dictionary.getCOSObject().setNeedToBeUpdated(true);
        });
        SignatureCheck check = verifier().verify(reworded).signatures().get(0);
        assertEquals("Phê duyệt", check.reason(), "the reason as signed, not as rewritten");
        assertFalse(check.valid());
    }

    @Test
    void aSecondDictionaryBorrowingASignaturesBytesIsNoSecondSignature() throws Exception {
        byte[] signed = sign(TestPki.onePagePdf("MARKER-0001"), null);
        for (boolean copyContents : new boolean[] {false, true}) {
            byte[] forged = edit(signed, document -> {
                var original = document.getSignatureDictionaries().get(0);
                var copy = new org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature();
                copy.setFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.FILTER_ADOBE_PPKLITE);
                copy.setSubFilter(
                        org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature
                                .SUBFILTER_ETSI_CADES_DETACHED);
                copy.setByteRange(original.getByteRange());
                copy.setContents(copyContents ? original.getContents() : new byte[] {0});
                copy.setReason("Đồng ý lần 2");
                var form = document.getDocumentCatalog().getAcroForm();
                var field = new org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField(form);
                field.setValue(copy);
                form.getFields().add(field);
                form.getCOSObject().setNeedToBeUpdated(true);
            });
            VerificationReport report = verifier().verify(forged);
            assertEquals(2, report.signatures().size());
            assertFalse(report.signatures().get(1).intact(), "copied contents " + copyContents);
            assertFalse(report.signatures().get(1).valid());
            assertFalse(report.valid());
        }
    }

    @Test
    void aDeflateBombInTheSecurityStoreIsNotInflated() throws Exception {
        byte[] signed = sign(TestPki.onePagePdf("MARKER-0001"), null);
        byte[] bombed = edit(signed, document -> {
            var stream = document.getDocument().createCOSStream();
            try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    out.write(zeros);
                }
            }
            COSArray certificates = new COSArray();
            certificates.add(stream);
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), certificates);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("DSS"), dss);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
        try (var document = org.apache.pdfbox.Loader.loadPDF(bombed)) {
            var stream = (org.apache.pdfbox.cos.COSStream) ((COSArray) document.getDocumentCatalog()
                            .getCOSObject()
                            .getCOSDictionary(COSName.getPDFName("DSS"))
                            .getDictionaryObject(COSName.getPDFName("Certs")))
                    .getObject(0);
            assertNull(LongTermSignatures.boundedBytes(stream), "64 MB of zeros is no certificate");
        }
        assertTrue(verifier().verify(bombed).signatures().get(0).intact());
    }

    @Test
    void aFileWithMoreSignaturesThanAnyDocumentHasIsRefused() throws Exception {
        byte[] signed = sign(TestPki.onePagePdf("MARKER-0001"), null);
        byte[] many = edit(signed, document -> {
            var form = document.getDocumentCatalog().getAcroForm();
            var value = document.getSignatureDictionaries().get(0);
            for (int i = 0; i < PdfSignatureVerifier.MAX_SIGNATURES + 1; i++) {
                var field = new org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField(form);
                field.getCOSObject().setItem(COSName.V, value.getCOSObject());
                form.getFields().add(field);
            }
            form.getCOSObject().setNeedToBeUpdated(true);
        });
        assertEquals(
                DocumentRejected.Reason.TOO_MANY_SIGNATURES,
                org.junit.jupiter.api.Assertions.assertThrows(
                                DocumentRejected.class, () -> verifier().verify(many))
                        .reason());
    }

    /** An appearance that paints a whole A4 page white. */
    static org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary whitePage(PDDocument document)
            throws IOException {
        var form = new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(document);
        form.setBBox(new PDRectangle(0, 0, 595, 842));
        try (var content = new PDPageContentStream(
                document,
                new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(form.getCOSObject()))) {
            content.setNonStrokingColor(1f, 1f, 1f);
            content.addRect(0, 0, 595, 842);
            content.fill();
        }
        var appearance = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary();
        appearance.setNormalAppearance(
                new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(form.getCOSObject()));
        return appearance;
    }

    @Test
    void signingRefusesADocumentChangedOrBrokenAfterAnEarlierSignature() throws Exception {
        byte[] signed = sign(TestPki.onePagePdf("MARKER-0001"), null);
        byte[] annotated = edit(signed, document -> {
            document.getDocumentInformation().setTitle("MARKER-9999");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        });
        assertEquals("sign.earlierChanged", PdfSignatureVerifier.earlierSignaturesProblem(annotated));
        assertEquals(
                "sign.earlierBroken",
                PdfSignatureVerifier.earlierSignaturesProblem(
                        PadesSigningTest.replace(signed, "MARKER-0001", "MARKER-0002")));
        assertNull(PdfSignatureVerifier.earlierSignaturesProblem(TestPki.onePagePdf("MARKER-0001")));
    }

    @Test
    void theCertificationPermissionIsReadFromDocMdp() {
        COSDictionary catalog = new COSDictionary();
        assertEquals(0, RevisionChanges.docMdpPermission(catalog));
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.P, COSInteger.get(3));
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSDictionary signature = new COSDictionary();
        COSArray references = new COSArray();
        references.add(reference);
        signature.setItem(COSName.REFERENCE, references);
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.DOCMDP, signature);
        catalog.setItem(COSName.PERMS, perms);
        assertEquals(3, RevisionChanges.docMdpPermission(catalog));
        parameters.removeItem(COSName.P);
        assertEquals(2, RevisionChanges.docMdpPermission(catalog), "2 when the permission is not written");
    }

    /** A one-page PDF with a filled text field "hoTen". */
    static byte[] formPdf(String value) throws IOException {
        try (PDDocument document = Loader.loadPDF(TestPki.onePagePdf("MARKER-0001"))) {
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            form.setDefaultResources(new org.apache.pdfbox.pdmodel.PDResources());
            form.getDefaultResources()
                    .put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            PDTextField field = new PDTextField(form);
            field.setPartialName("hoTen");
            form.getFields().add(field);
            var widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(72, 700, 300, 20));
            widget.setPage(document.getPage(0));
            document.getPage(0).getAnnotations().add(widget);
            field.setValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
