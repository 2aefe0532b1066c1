package vn.egov.signing.pdf;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/** The bytes a PDF signature covers (its /ByteRange) and the CMS object in its /Contents. */
record SignedBytes(byte[] content, byte[] cms) {

    /**
     * Null when the byte range is malformed or points outside the file, or when the gap it leaves
     * is not exactly this dictionary's own /Contents: a forged dictionary that reuses another
     * signature's byte range would otherwise borrow that signature's CMS.
     */
    static SignedBytes of(PDSignature dictionary, byte[] pdf) {
        int[] range = dictionary.getByteRange();
        if (range.length != 4
                || range[0] != 0
                || range[1] < 0
                || range[2] < range[1] + 2
                || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            return null;
        }
        byte[] cms = dictionary.getContents();
        if (cms == null || cms.length == 0 || pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return null;
        }
        byte[] gap;
        try {
            gap = java.util.HexFormat.of()
                    .parseHex(new String(
                            pdf, range[1] + 1, range[2] - range[1] - 2, java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!java.util.Arrays.equals(gap, cms)) {
            return null;
        }
        // /Contents is zero-padded to its reserved size, and CMS parsers refuse trailing bytes:
        // keep exactly the first DER object, byte for byte
        int length = derLength(cms);
        if (length <= 0 || length > cms.length) {
            return null;
        }
        byte[] content = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, content, 0, range[1]);
        System.arraycopy(pdf, range[2], content, range[1], range[3]);
        return new SignedBytes(content, java.util.Arrays.copyOf(cms, length));
    }

    /** The length of the DER object at the start, header included; -1 if it has no definite length. */
    static int derLength(byte[] der) {
        if (der.length < 2) {
            return -1;
        }
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return 2 + first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 3 || der.length < 2 + count) {
            return -1;
        }
        int length = 0;
        for (int i = 0; i < count; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2 + count + length;
    }
}
