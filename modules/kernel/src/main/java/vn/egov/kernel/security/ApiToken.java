package vn.egov.kernel.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A bearer token issued to an account; only its SHA-256 is stored. */
@Entity
@Table(name = "api_token", schema = "kernel")
public class ApiToken {
    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected ApiToken() {}

    public ApiToken(String tokenHash, Long accountId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getExpiresAt() {
        return expiresAt.toInstant();
    }
}
