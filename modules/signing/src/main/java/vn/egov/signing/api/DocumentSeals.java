package vn.egov.signing.api;

/**
 * An agency's organisational seal, signing documents automatically: no person and no second
 * factor, so only the document kinds the admins' policy lists (receipts by default). Every seal
 * is audited with the document's hashes as an automatic seal.
 */
public interface DocumentSeals {

    /**
     * Seals a PDF for an agency with a visible stamp on its last page, at level PAdES B-T. The
     * agency's seal certificate is issued by the built-in CA the first time it is needed.
     *
     * @param documentKind what the document is, checked against {@code signing.seal.documentKinds}
     * @throws SealRefused when policy does not allow the kind, the agency is unknown, the platform
     *                     has no master key, or the file is not a readable PDF
     */
    SealedDocument seal(long agencyId, String documentKind, byte[] pdf, String reason);

    /** A sealed document and the hashes that the audit log records. */
    record SealedDocument(byte[] pdf, String originalSha256, String sealedSha256, String sealedBy) {
    }

    /** Why a document was not sealed; the message is a key in the signing bundle ({@code seal.*}, {@code document.*}). */
    class SealRefused extends RuntimeException {
        public SealRefused(String key) {
            super(key);
        }
    }
}
