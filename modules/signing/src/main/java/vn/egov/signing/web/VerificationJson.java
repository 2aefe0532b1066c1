package vn.egov.signing.web;

import java.time.Instant;
import java.util.List;
import vn.egov.signing.api.DocumentChange;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.api.VerificationReport;

/** The verification report as the API answers it: the checks plus each verdict spelled out. */
public record VerificationJson(
        String documentSha256, boolean signed, boolean valid, boolean changedAfterSigning, List<Signature> signatures) {

    /** One signature's findings and verdict. */
    public record Signature(
            String field,
            boolean valid,
            String signer,
            String signerId,
            List<String> chain,
            String trust,
            String trustProblem,
            boolean intact,
            boolean coversDocument,
            int laterSignatures,
            Instant claimedTime,
            Instant timeStamp,
            String timeStampAuthority,
            String revocation,
            Instant revokedAt,
            String reason,
            String location,
            String level,
            boolean changedAfterSigning,
            List<DocumentChange> changesAfter) {}

    public static VerificationJson of(VerificationReport report) {
        return new VerificationJson(
                report.documentSha256(),
                report.signed(),
                report.valid(),
                report.changedAfterSigning(),
                report.signatures().stream().map(VerificationJson::signature).toList());
    }

    private static Signature signature(SignatureCheck c) {
        return new Signature(
                c.field(),
                c.valid(),
                c.signer(),
                c.signerId(),
                c.chain(),
                c.trust().name(),
                c.trustProblem(),
                c.intact(),
                c.coversDocument(),
                c.laterSignatures(),
                c.claimedTime(),
                c.timeStamp(),
                c.timeStampAuthority(),
                c.revocation().name(),
                c.revokedAt(),
                c.reason(),
                c.location(),
                c.level(),
                c.changedAfterSigning(),
                c.changesAfter());
    }
}
