package vn.egov.signing.api;

import java.time.Instant;
import java.util.List;

/**
 * What verification found about one signature in a PDF.
 *
 * @param signer            the signer's name (certificate CN), or the name in the signature dictionary
 * @param signerId          the certificate's UID (CCCD:..., MST:...) when it has one
 * @param chain             subjects from the signer's certificate up to the last certificate found
 * @param trust             whether the chain ends at a trust anchor
 * @param trustProblem      why it is not trusted, in English for logs; null when trusted
 * @param intact            the signed bytes are unchanged and the signature value is correct
 * @param coversDocument    the signature covers the whole file: nothing was appended after it
 * @param laterSignatures   how many signatures were added in later revisions
 * @param claimedTime       the time the signer's software wrote (/M), not proof of anything
 * @param timeStamp         the time proven by a valid signature time-stamp, or null
 * @param timeStampAuthority the subject of the time-stamp's signer, or null
 * @param revocation        the signer certificate's status on the issuer's revocation list
 * @param revokedAt         when it was revoked, or null
 * @param level             PAdES B-B, B-T, B-LT, B-LTA, or the subfilter of a non-PAdES signature
 * @param changesAfter      what the revisions after this signature changed; empty when it covers the document
 */
public record SignatureCheck(
        String field,
        String signer,
        String signerId,
        List<String> chain,
        Trust trust,
        String trustProblem,
        boolean intact,
        boolean coversDocument,
        int laterSignatures,
        Instant claimedTime,
        Instant timeStamp,
        String timeStampAuthority,
        Revocation revocation,
        Instant revokedAt,
        String reason,
        String location,
        String level,
        List<DocumentChange> changesAfter) {

    public SignatureCheck {
        chain = List.copyOf(chain);
        changesAfter = List.copyOf(changesAfter);
    }

    /** Whether the chain of a signature ends at a trust anchor. */
    public enum Trust {
        TRUSTED,
        UNTRUSTED
    }

    /** A certificate's status on its issuer's revocation list. */
    public enum Revocation {
        GOOD,
        REVOKED,
        UNKNOWN
    }

    /**
     * A valid signature: intact, trusted, not revoked (or revoked only after a proven
     * time-stamp), and followed only by changes the document's rules allow.
     */
    public boolean valid() {
        boolean revokedBefore = revocation == Revocation.REVOKED
                && (timeStamp == null || revokedAt == null || !revokedAt.isAfter(timeStamp));
        return intact && trust == Trust.TRUSTED && !revokedBefore && !changedAfterSigning();
    }

    /** Whether a later revision made a change that is not allowed after this signature. */
    public boolean changedAfterSigning() {
        return changesAfter.stream().anyMatch(change -> !change.allowed());
    }
}
