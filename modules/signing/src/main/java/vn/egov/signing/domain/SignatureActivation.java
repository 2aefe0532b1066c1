package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one second-factor check allowed a remote signer to sign (CSC signature activation data):
 * the listed hashes with one credential of one account, each hash once, for a few minutes. The
 * SAD itself is never stored, only its SHA-256.
 */
@Entity
@Table(name = "signature_activation", schema = "signing")
public class SignatureActivation {
    @Id
    @Column(name = "sad_sha256")
    private String sadSha256;

    @Column(name = "credential_id")
    private long credentialId;

    private String username;
    /** The hashes still to sign, base64, separated by spaces. */
    private String hashes;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected SignatureActivation() {}

    public SignatureActivation(
            String sadSha256, long credentialId, String username, List<String> hashes, Instant now, Instant expiresAt) {
        this.sadSha256 = sadSha256;
        this.credentialId = credentialId;
        this.username = username;
        this.hashes = String.join(" ", hashes);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    /** Whether this activation lets the account sign exactly these hashes with the credential now. */
    public boolean allows(String username, long credentialId, List<String> requested, Instant now) {
        if (!this.username.equals(username)
                || this.credentialId != credentialId
                || !now.isBefore(expiresAt.toInstant())) {
            return false;
        }
        List<String> left = new ArrayList<>(remaining());
        for (String hash : requested) {
            if (!left.remove(hash)) {
                return false;
            }
        }
        return true;
    }

    /** Spends the signed hashes; true when nothing is left to sign (the activation can go). */
    public boolean spend(List<String> signed) {
        List<String> left = new ArrayList<>(remaining());
        signed.forEach(left::remove);
        hashes = String.join(" ", left);
        return left.isEmpty();
    }

    public List<String> remaining() {
        return hashes.isBlank() ? List.of() : Arrays.asList(hashes.split(" "));
    }
}
