package vn.egov.signing.api;

/**
 * Verifies the signatures of a PDF against the platform's trust anchors: its own CA and the
 * outside CAs admins imported. Other modules use it to check a document before accepting it.
 */
public interface SignatureVerification {

    /**
     * @throws IllegalArgumentException with a message key {@code document.NOT_PDF},
     *         {@code document.DAMAGED} or {@code document.ENCRYPTED} when the file cannot be read
     */
    VerificationReport verify(byte[] pdf);
}
