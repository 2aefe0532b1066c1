package vn.egov.signing.api;

/**
 * An agency's organisational seal, signing documents automatically: no person and no second
 * factor, so only the document kinds the admins' policy lists (receipts by default). Every seal
 * is audited with the document's hashes as an automatic seal.
 */
public interface DocumentSeals {

    /**
     * Seals a PDF for an agency with a visible stamp on its last page, at level PAdES B-LT (B-LTA
     * and archived for the kinds in {@code signing.archive.documentKinds}). The
     * agency's seal certificate is issued by the built-in CA the first time it is needed.
     *
     * @param documentKind what the document is, checked against {@code signing.seal.documentKinds}
     * @throws SealRefused when policy does not allow the kind, the agency is unknown, the platform
     *                     has no master key, or the file is not a readable PDF
     */
    SealedDocument seal(long agencyId, String documentKind, byte[] pdf, String reason);

    /**
     * A sealed document and the hashes that the audit log records.
     *
     * @param archiveId the id in {@link DocumentArchive} when the kind is kept long (B-LTA), else null
     */
    record SealedDocument(byte[] pdf, String originalSha256, String sealedSha256, String sealedBy, Long archiveId) {}

    /** Why a document was not sealed; the message is a key in the signing bundle ({@code seal.*}, {@code document.*}). */
    class SealRefused extends vn.egov.kernel.api.Refusal {
        public SealRefused(String key) {
            super(400, "seal_refused", null, vn.egov.kernel.api.Message.of("i18n.signing", key));
        }

        /** The message's key in the signing bundle. */
        public String key() {
            return text().key();
        }
    }
}
