package vn.egov.signing.pdf;

/** Obtains an RFC 3161 time-stamp token (DER) over a SHA-256 digest, for PAdES B-T and document time-stamps. */
@FunctionalInterface
public interface TimeStamper {
    /** Room for a token from an unknown authority: its certificates and signature. */
    int UNKNOWN_TOKEN_ROOM = 16_384;

    byte[] timeStamp(byte[] sha256Digest);

    /**
     * The bytes a token can take, reserved in the PDF before it is obtained (PDFBox writes the
     * reserved room as hex one byte at a time, so reserving too much costs time on every signature).
     */
    default int tokenRoom() {
        return UNKNOWN_TOKEN_ROOM;
    }
}
