package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A certificate the built-in CA revoked. */
@Entity
@Table(name = "revocation", schema = "signing")
public class RevocationRecord {
    @Id
    private BigDecimal serial;

    private String subject;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected RevocationRecord() {}

    public RevocationRecord(BigDecimal serial, String subject, Instant revokedAt, String revokedBy) {
        this.serial = serial;
        this.subject = subject;
        this.revokedAt = revokedAt.atOffset(ZoneOffset.UTC);
        this.revokedBy = revokedBy;
    }

    public BigDecimal serial() {
        return serial;
    }

    public Instant revokedAt() {
        return revokedAt.toInstant();
    }
}
