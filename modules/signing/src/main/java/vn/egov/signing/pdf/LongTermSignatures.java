package vn.egov.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import vn.egov.kernel.api.helpers.Sha256;

/**
 * PAdES long-term levels (ETSI EN 319 142-1): B-LT adds, in an incremental update after the
 * signatures, a document security store (/DSS) with every certificate and revocation list a
 * validator needs to check the signers' and the time-stamping unit's chains offline, each
 * signature's own set listed in /VRI; B-LTA then adds a document time-stamp over it all, which
 * later time-stamps renew before the time-stamping certificate or its algorithms weaken.
 */
public final class LongTermSignatures {
    /** The DSS dictionary in the catalog. */
    static final COSName DSS = COSName.getPDFName("DSS");

    static final COSName CERTS = COSName.getPDFName("Certs");
    static final COSName CRLS = COSName.getPDFName("CRLs");
    static final COSName VRI = COSName.getPDFName("VRI");
    private static final COSName CERT = COSName.getPDFName("Cert");
    private static final COSName CRL = COSName.getPDFName("CRL");
    private static final COSName RFC3161 = COSName.getPDFName("ETSI.RFC3161");

    /** The largest certificate or revocation list read from a /DSS: 4 MB, a CRL of some 100,000 entries. */
    static final int MAX_ENTRY = 4 << 20;

    private LongTermSignatures() {}

    /** What a long-term signature carries: certificates and revocation lists of every chain in it. */
    public record ValidationMaterial(List<X509Certificate> certificates, List<X509CRL> revocationLists) {
        public ValidationMaterial {
            certificates = List.copyOf(certificates);
            revocationLists = List.copyOf(revocationLists);
        }
    }

    /**
     * Adds (or completes) the document security store: the material, without duplicates, and a
     * /VRI entry for every signature and document time-stamp that has none yet.
     */
    public static byte[] addValidationData(byte[] pdf, ValidationMaterial material) {
        try (PDDocument document = PadesSigner.open(pdf)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary dss = catalog.getCOSDictionary(DSS);
            if (dss == null) {
                dss = new COSDictionary();
                catalog.setItem(DSS, dss);
            }
            COSArray certificates = array(dss, CERTS);
            COSArray crls = array(dss, CRLS);
            Map<String, COSStream> knownCertificates = streamsByDigest(certificates);
            Map<String, COSStream> knownCrls = streamsByDigest(crls);
            List<COSStream> added = new ArrayList<>();
            List<COSStream> certificateStreams = new ArrayList<>();
            for (X509Certificate certificate : material.certificates()) {
                certificateStreams.add(
                        stream(document, certificate.getEncoded(), knownCertificates, certificates, added));
            }
            List<COSStream> crlStreams = new ArrayList<>();
            for (X509CRL list : material.revocationLists()) {
                crlStreams.add(stream(document, list.getEncoded(), knownCrls, crls, added));
            }
            COSDictionary vri = dss.getCOSDictionary(VRI);
            if (vri == null) {
                vri = new COSDictionary();
                dss.setItem(VRI, vri);
            }
            for (byte[] contents : signatureContents(pdf, document)) {
                COSName key = COSName.getPDFName(vriKey(contents));
                if (!vri.containsKey(key)) {
                    COSDictionary entry = new COSDictionary();
                    entry.setItem(CERT, references(certificateStreams));
                    entry.setItem(CRL, references(crlStreams));
                    entry.setNeedToBeUpdated(true);
                    vri.setItem(key, entry);
                }
            }
            vri.setNeedToBeUpdated(true);
            certificates.setNeedToBeUpdated(true);
            crls.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
            added.forEach(stream -> stream.setNeedToBeUpdated(true));
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException | CertificateEncodingException | CRLException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }

    /** Adds a document time-stamp (PAdES B-LTA) over the whole file as it is: an incremental update. */
    public static byte[] addDocumentTimeStamp(byte[] pdf, TimeStamper timeStamper) {
        try (PDDocument document = PadesSigner.open(pdf);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(RFC3161);
            options.setPreferredSignatureSize(timeStamper.tokenRoom());
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * timeStamper.tokenRoom() + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            try (InputStream content = external.getContent()) {
                external.setSignature(timeStamper.timeStamp(CmsSignatures.sha256(content.readAllBytes())));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRejected(DocumentRejected.Reason.DAMAGED, e);
        }
    }

    /** The certificates in a document's security store, for building chains offline. */
    static List<X509Certificate> certificatesIn(PDDocument document) {
        List<X509Certificate> found = new ArrayList<>();
        for (byte[] der : streamBytes(document, CERTS)) {
            try {
                found.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new java.io.ByteArrayInputStream(der)));
            } catch (java.security.cert.CertificateException e) {
                // an unreadable entry cannot help a chain; the rest still can
            }
        }
        return found;
    }

    /** The revocation lists in a document's security store; each still has to verify with its issuer's key. */
    static List<X509CRL> revocationListsIn(PDDocument document) {
        List<X509CRL> found = new ArrayList<>();
        for (byte[] der : streamBytes(document, CRLS)) {
            try {
                found.add((X509CRL)
                        CertificateFactory.getInstance("X.509").generateCRL(new java.io.ByteArrayInputStream(der)));
            } catch (java.security.cert.CertificateException | CRLException e) {
                // as above
            }
        }
        return found;
    }

    private static List<byte[]> streamBytes(PDDocument document, COSName kind) {
        List<byte[]> found = new ArrayList<>();
        COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(DSS);
        if (dss != null && dss.getDictionaryObject(kind) instanceof COSArray array) {
            for (int i = 0; i < array.size() && i < 1_000; i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    byte[] bytes = boundedBytes(stream);
                    if (bytes != null) {
                        found.add(bytes);
                    }
                }
            }
        }
        return found;
    }

    /**
     * The /Contents of the signatures that need a /VRI entry. The signature that covers the whole
     * file (the one just made) is read from the file's bytes through its /ByteRange, which spares
     * parsing every signature's hex string; when the file does not end with a signature, every
     * signature dictionary is read.
     */
    private static List<byte[]> signatureContents(byte[] pdf, PDDocument document) throws IOException {
        byte[] last = lastSignatureContents(pdf);
        if (last != null) {
            return List.of(last);
        }
        List<byte[]> all = new ArrayList<>();
        for (PDSignature signature : document.getSignatureDictionaries()) {
            all.add(signature.getContents());
        }
        return all;
    }

    /** The /Contents of the last /ByteRange in the file when that range covers the whole file, else null. */
    static byte[] lastSignatureContents(byte[] pdf) {
        byte[] marker = "/ByteRange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = lastIndexOf(pdf, marker);
        if (at < 0) {
            return null;
        }
        long[] range = new long[4];
        int i = at + marker.length;
        while (i < pdf.length && pdf[i] != '[') {
            if (!Character.isWhitespace(pdf[i])) {
                return null;
            }
            i++;
        }
        i++;
        for (int n = 0; n < 4; n++) {
            while (i < pdf.length && Character.isWhitespace(pdf[i])) {
                i++;
            }
            long value = 0;
            int digits = 0;
            while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9' && digits < 12) {
                value = value * 10 + (pdf[i] - '0');
                i++;
                digits++;
            }
            if (digits == 0) {
                return null;
            }
            range[n] = value;
        }
        if (range[0] != 0
                || range[1] + 2 > range[2]
                || range[2] + range[3] != pdf.length
                || pdf[(int) range[1]] != '<'
                || pdf[(int) range[2] - 1] != '>') {
            return null;
        }
        try {
            return HexFormat.of()
                    .parseHex(new String(
                            pdf,
                            (int) range[1] + 1,
                            (int) (range[2] - range[1] - 2),
                            java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int lastIndexOf(byte[] data, byte[] part) {
        for (int i = data.length - part.length; i >= 0; i--) {
            int j = 0;
            while (j < part.length && data[i + j] == part[j]) {
                j++;
            }
            if (j == part.length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A stream's bytes, stored plain or with FlateDecode, decoded only up to {@link #MAX_ENTRY}
     * bytes: PDFBox would decode a stream whole into memory, and a few kilobytes of deflated zeros
     * expand to gigabytes. Null for a longer, otherwise filtered or unreadable stream. Used for
     * /DSS entries (no certificate or CRL of ours is that long) and before reading a page's content.
     */
    static byte[] boundedBytes(COSStream stream) {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        if (filter instanceof COSArray filters && filters.size() == 1) {
            filter = filters.getObject(0);
        }
        boolean flate = COSName.FLATE_DECODE.equals(filter);
        if ((filter != null && !flate) || stream.getDictionaryObject(COSName.DECODE_PARMS) != null) {
            return null;
        }
        try (InputStream raw = stream.createRawInputStream();
                InputStream in = flate ? new java.util.zip.InflaterInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes(MAX_ENTRY + 1);
            return bytes.length > MAX_ENTRY ? null : bytes;
        } catch (IOException e) {
            return null;
        }
    }

    /** The /VRI key of a signature: the upper-case hex SHA-1 of its /Contents, as Adobe and DSS compute it. */
    static String vriKey(byte[] contents) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(contents))
                    .toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static COSArray array(COSDictionary dss, COSName name) {
        if (dss.getDictionaryObject(name) instanceof COSArray existing) {
            return existing;
        }
        COSArray created = new COSArray();
        dss.setItem(name, created);
        return created;
    }

    private static Map<String, COSStream> streamsByDigest(COSArray array) throws IOException {
        Map<String, COSStream> known = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream stream) {
                byte[] bytes = boundedBytes(stream);
                if (bytes != null) {
                    known.put(Sha256.hex(bytes), stream);
                }
            }
        }
        return known;
    }

    /** The stream holding these bytes: the one already in the store, or a new one appended to it. */
    private static COSStream stream(
            PDDocument document, byte[] der, Map<String, COSStream> known, COSArray array, List<COSStream> added)
            throws IOException {
        String digest = Sha256.hex(der);
        COSStream existing = known.get(digest);
        if (existing != null) {
            return existing;
        }
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(der);
        }
        array.add(stream);
        known.put(digest, stream);
        added.add(stream);
        return stream;
    }

    private static COSArray references(List<COSStream> streams) {
        COSArray array = new COSArray();
        for (COSBase stream : streams) {
            array.add(stream);
        }
        array.setNeedToBeUpdated(true);
        return array;
    }
}
