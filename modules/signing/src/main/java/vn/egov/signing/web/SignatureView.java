package vn.egov.signing.web;

import java.time.Instant;
import java.util.List;
import vn.egov.signing.api.DocumentChange;
import vn.egov.signing.api.SignatureCheck;

/** One signature's findings for the verification page (Faces EL reads getters, not record components). */
public final class SignatureView {
    private final SignatureCheck check;

    public SignatureView(SignatureCheck check) {
        this.check = check;
    }

    public boolean isValid() {
        return check.valid();
    }

    public String getSigner() {
        return check.signer();
    }

    public String getSignerId() {
        return check.signerId();
    }

    public boolean isIntact() {
        return check.intact();
    }

    public boolean isCoversDocument() {
        return check.coversDocument();
    }

    public int getLaterSignatures() {
        return check.laterSignatures();
    }

    public boolean isTrusted() {
        return check.trust() == SignatureCheck.Trust.TRUSTED;
    }

    public String getRevocation() {
        return check.revocation().name();
    }

    public Instant getRevokedAt() {
        return check.revokedAt();
    }

    public Instant getTimeStamp() {
        return check.timeStamp();
    }

    public Instant getClaimedTime() {
        return check.claimedTime();
    }

    public String getReason() {
        return check.reason();
    }

    public String getLocation() {
        return check.location();
    }

    public String getLevel() {
        return check.level();
    }

    public boolean isChangedAfterSigning() {
        return check.changedAfterSigning();
    }

    /** Changes after this signature that are not allowed, then the allowed ones. */
    public List<ChangeView> getChanges() {
        return check.changesAfter().stream()
                .sorted(java.util.Comparator.comparing(DocumentChange::allowed))
                .map(ChangeView::new)
                .toList();
    }

    /** One change for the page: its kind (a bundle key suffix), the pages as text, whether it is allowed. */
    public static final class ChangeView {
        private final DocumentChange change;

        ChangeView(DocumentChange change) {
            this.change = change;
        }

        public String getKind() {
            return change.kind().name();
        }

        public String getPages() {
            return change.pages().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        }

        public boolean isAllowed() {
            return change.allowed();
        }
    }

    public List<String> getChain() {
        return check.chain();
    }
}
