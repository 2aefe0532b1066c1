package vn.egov.signing.api;

import java.util.List;

/**
 * The result of verifying a PDF: one check per signature, in the order they were added.
 *
 * @param documentSha256 the hex SHA-256 of the file verified
 */
public record VerificationReport(String documentSha256, List<SignatureCheck> signatures) {

    public boolean signed() {
        return !signatures.isEmpty();
    }

    /** Whether a revision after some signature changed what it must not. */
    public boolean changedAfterSigning() {
        return signatures.stream().anyMatch(SignatureCheck::changedAfterSigning);
    }

    /** Every signature valid, and at least one. */
    public boolean valid() {
        return signed() && signatures.stream().allMatch(SignatureCheck::valid);
    }
}
