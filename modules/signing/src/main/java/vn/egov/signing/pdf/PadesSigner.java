package vn.egov.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.egov.signing.custody.KeyCustody;

/**
 * Signs PDFs with PAdES baseline signatures (subfilter ETSI.CAdES.detached): level B-B, or
 * B-T with a time-stamper. Each signature is an incremental update, so signatures already in
 * the document stay valid.
 */
public final class PadesSigner {
    /** Room in a signature for what is not the chain: signer info, attributes, an RSA-4096 signature. */
    private static final int SIGNER_INFO_SPACE = 2_048;

    private final KeyCustody custody;

    public PadesSigner(KeyCustody custody) {
        this.custody = custody;
    }

    /**
     * Signs a document.
     *
     * @param chain       the signer's certificate first, then the CAs above it
     * @param timeStamper null for level B-B
     */
    public byte[] sign(
            byte[] pdf,
            String keyReference,
            List<X509Certificate> chain,
            SigningParameters parameters,
            TimeStamper timeStamper) {
        try (PDDocument document = open(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(parameters.signerName());
            signature.setReason(parameters.reason());
            signature.setLocation(parameters.location());
            Calendar time = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            time.setTimeInMillis(parameters.time().toEpochMilli());
            signature.setSignDate(time);

            try (SignatureOptions options = new SignatureOptions()) {
                // PDFBox writes the reserved room as hex one byte at a time: reserve what is needed, not a fixed
                // maximum
                int space = signatureSpace(chain, timeStamper);
                options.setPreferredSignatureSize(space);
                if (parameters.stamp() != null) {
                    int page = parameters.stamp().page();
                    if (page > document.getNumberOfPages()) {
                        throw new DocumentRejected(DocumentRejected.Reason.NO_SUCH_PAGE);
                    }
                    options.setPage(page - 1);
                }
                document.addSignature(signature, options);
                if (parameters.stamp() != null) {
                    StampAppearance.apply(document, signature, parameters);
                }
                ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * space + 4096);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
                byte[] content = external.getContent().readAllBytes();
                external.setSignature(CmsSignatures.sign(content, custody, keyReference, chain, timeStamper));
                return signed.toByteArray();
            }
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }

    /** The bytes a signature with this chain (and time-stamp) can take: its certificates plus fixed room. */
    static int signatureSpace(List<X509Certificate> chain, TimeStamper timeStamper) {
        int certificates = 0;
        for (X509Certificate certificate : chain) {
            try {
                certificates += certificate.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException("A certificate of the chain cannot be encoded", e);
            }
        }
        return certificates + SIGNER_INFO_SPACE + (timeStamper == null ? 0 : timeStamper.tokenRoom());
    }

    /** The default stamp place for a document: the lower right of its last page. */
    public static StampPlacement lastPageLowerRight(byte[] pdf) {
        return inCorner(pdf, 0, false, true);
    }

    /**
     * A stamp in a corner of a page of this document, sized by that page's media box, at the
     * emptiest place near the corner.
     *
     * @param page 1 for the first page, 0 for the last
     * @throws DocumentRejected NO_SUCH_PAGE when the document is shorter
     */
    public static StampPlacement inCorner(byte[] pdf, int page, boolean upper, boolean right) {
        try (PDDocument document = open(pdf)) {
            int pages = document.getNumberOfPages();
            int chosen = page == 0 ? pages : page;
            if (chosen > pages) {
                throw new DocumentRejected(DocumentRejected.Reason.NO_SUCH_PAGE);
            }
            var shown = document.getPage(chosen - 1);
            var box = shown.getMediaBox();
            // corners as the reader sees the page: a page turned a quarter is shown with its sides swapped
            boolean quarterTurn = Math.floorMod(shown.getRotation(), 180) == 90;
            float width = quarterTurn ? box.getHeight() : box.getWidth();
            float height = quarterTurn ? box.getWidth() : box.getHeight();
            StampPlacement nominal = StampPlacement.inCorner(chosen, width, height, upper, right);
            // moved within the corner to where it hides the least: a footer, a table, an earlier stamp
            return StampSpace.of(shown).emptiest(nominal, width, height, upper, right);
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }

    /** Opens a PDF, telling a non-PDF, a damaged one and an encrypted one apart. */
    static PDDocument open(byte[] pdf) {
        if (pdf == null
                || pdf.length < 5
                || !new String(pdf, 0, Math.min(pdf.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains("%PDF-")) {
            throw new DocumentRejected(DocumentRejected.Reason.NOT_PDF);
        }
        try {
            PDDocument document = Loader.loadPDF(pdf);
            if (document.isEncrypted()) {
                document.close();
                throw new DocumentRejected(DocumentRejected.Reason.ENCRYPTED);
            }
            if (document.getNumberOfPages() == 0) {
                document.close();
                throw new DocumentRejected(DocumentRejected.Reason.DAMAGED);
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw new DocumentRejected(DocumentRejected.Reason.ENCRYPTED, e);
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }
}
