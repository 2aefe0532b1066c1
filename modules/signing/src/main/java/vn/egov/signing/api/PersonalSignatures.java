package vn.egov.signing.api;

import java.util.List;
import vn.egov.kernel.api.helpers.Sha256;

/**
 * A person signing PDFs with his own credential, for other modules (procedures sign results
 * with it): one second-factor code (authenticator, or one sent by message) authorises a batch,
 * each document is signed only if it still has the SHA-256 listed for it, and every signature is
 * audited with both hashes. The credential is issued by the built-in CA on first use.
 */
public interface PersonalSignatures {

    /**
     * Sends the signer a one-time code by SMS (else e-mail) and says where, masked.
     *
     * @throws SigningRefused factor.noContact, factor.tooSoon, factor.locked
     */
    String sendCode(String username);

    /**
     * Signs every document at PAdES B-LT (certificates and revocation lists of every chain in
     * the file), or B-LTA for the kinds kept long, with a visible stamp where asked (none when
     * {@code stamp} is null); all or nothing. A document whose earlier signature is broken or was
     * followed by a change not allowed is refused.
     *
     * @throws SigningRefused for a wrong, replayed or locked-out code (counted towards the lockout
     *                        even though nothing is signed), a changed or unreadable document, or a
     *                        signer without a credential the platform can issue
     */
    List<Signed> sign(
            String username, List<Document> documents, String reason, String location, Stamp stamp, String code);

    /** Where the visible stamp (signer, time, reason and place, in Vietnamese) goes on each document. */
    record Stamp(int page, Corner corner) {
        /** The lower right of the last page, where Vietnamese administrative documents are signed. */
        public static final Stamp LAST_PAGE = new Stamp(0, Corner.LOWER_RIGHT);

        /**
         * @param page   1 for the first page; 0 for the last page of each document
         * @param corner the corner of that page
         */
        public Stamp {
            if (page < 0 || corner == null) {
                throw new IllegalArgumentException("A stamp needs a page (0 for the last) and a corner");
            }
        }
    }

    /** A corner of the page, 36 points in from its edges. */
    enum Corner {
        LOWER_RIGHT,
        LOWER_LEFT,
        UPPER_RIGHT,
        UPPER_LEFT
    }

    /**
     * A document to sign, with the SHA-256 taken when it was listed for signing.
     *
     * @param kind what the document is (e.g. {@code result}), or null; kinds listed in
     *             {@code signing.archive.documentKinds} are signed at PAdES B-LTA and archived
     */
    record Document(String name, byte[] pdf, String sha256, String kind) {
        public Document(String name, byte[] pdf, String sha256) {
            this(name, pdf, sha256, null);
        }

        public static Document of(String name, byte[] pdf) {
            return new Document(name, pdf, Sha256.hex(pdf));
        }

        public static Document of(String name, byte[] pdf, String kind) {
            return new Document(name, pdf, Sha256.hex(pdf), kind);
        }
    }

    /**
     * A signed document with the hashes the audit log keeps.
     *
     * @param archiveId the id in {@link DocumentArchive} when the document was archived (B-LTA), else null
     */
    record Signed(String name, byte[] pdf, String originalSha256, String signedSha256, Long archiveId) {}

    /** Why nothing was signed: the message is a key in the signing bundle ({@code factor.*}, {@code sign.*}, {@code document.*}). */
    class SigningRefused extends vn.egov.kernel.api.Refusal {
        public SigningRefused(String key) {
            super(400, "signing_refused", null, vn.egov.kernel.api.Message.of("i18n.signing", key));
        }

        /** The message's key in the signing bundle. */
        public String key() {
            return text().key();
        }
    }
}
