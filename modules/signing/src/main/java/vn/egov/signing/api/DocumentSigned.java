package vn.egov.signing.api;

import java.time.Instant;

/**
 * A fact the signing module tells other modules: a document was signed by a person or sealed by an
 * agency. Fired inside the signing transaction; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to hear of it only once committed.
 *
 * @param kind           the document's kind as the caller named it ({@code result}, {@code receipt}...), or null
 * @param originalSha256 the SHA-256 of the document before signing
 * @param signedSha256   the SHA-256 of the signed document
 * @param signer         the account that signed, or null for an agency's seal
 * @param agencyId       the sealing agency's kernel id, or null for a personal signature
 * @param archiveId      the long-term archive's id when the kind is kept long, else null
 * @param signedAt       when it was signed
 */
public record DocumentSigned(
        String kind,
        String originalSha256,
        String signedSha256,
        String signer,
        Long agencyId,
        Long archiveId,
        Instant signedAt) {
    /** Whether an agency sealed it (no person signed). */
    public boolean sealed() {
        return agencyId != null;
    }
}
