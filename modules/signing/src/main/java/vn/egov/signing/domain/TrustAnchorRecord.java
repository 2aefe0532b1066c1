package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A certificate of an outside CA that an admin chose to trust for verification. */
@Entity
@Table(name = "trust_anchor", schema = "signing")
public class TrustAnchorRecord {
    @Id
    @SequenceGenerator(
            name = "trust_anchor_id",
            schema = "signing",
            sequenceName = "trust_anchor_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trust_anchor_id")
    private Long id;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    private String subject;
    private String sha256;
    private byte[] der;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    @Column(name = "added_by")
    private String addedBy;

    protected TrustAnchorRecord() {}

    public TrustAnchorRecord(String subject, String sha256, byte[] der, Instant addedAt, String addedBy) {
        this.subject = subject;
        this.sha256 = sha256;
        this.der = der;
        this.addedAt = addedAt.atOffset(ZoneOffset.UTC);
        this.addedBy = addedBy;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String sha256() {
        return sha256;
    }

    public java.time.Instant addedAt() {
        return addedAt.toInstant();
    }

    public String addedBy() {
        return addedBy;
    }

    public byte[] der() {
        return der;
    }
}
