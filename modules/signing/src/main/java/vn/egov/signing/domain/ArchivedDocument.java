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

/**
 * A long-term (PAdES B-LTA) document the platform keeps and whose document time-stamp it renews:
 * the newest version of the file, and until when its last time-stamp stays strong.
 */
@Entity
@Table(name = "archived_document", schema = "signing")
public class ArchivedDocument {
    @Id
    @SequenceGenerator(
            name = "archived_document_id",
            schema = "signing",
            sequenceName = "archived_document_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archived_document_id")
    private Long id;

    private String kind;
    private String name;

    @Column(name = "original_sha256")
    private String originalSha256;

    private byte[] pdf;
    private String sha256;

    @Column(name = "stamped_until")
    private OffsetDateTime stampedUntil;

    @Column(name = "renewed_at")
    private OffsetDateTime renewedAt;

    private int renewals;

    @Version
    private long version;

    protected ArchivedDocument() {}

    public ArchivedDocument(
            String kind,
            String name,
            String originalSha256,
            byte[] pdf,
            String sha256,
            Instant stampedUntil,
            Instant now) {
        this.kind = kind;
        this.name = name;
        this.originalSha256 = originalSha256;
        this.pdf = pdf;
        this.sha256 = sha256;
        this.stampedUntil = stampedUntil.atOffset(ZoneOffset.UTC);
        this.renewedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** A new version with a fresh document time-stamp over the one before. */
    public void renewed(byte[] pdf, String sha256, Instant stampedUntil, Instant now) {
        this.pdf = pdf;
        this.sha256 = sha256;
        this.stampedUntil = stampedUntil.atOffset(ZoneOffset.UTC);
        this.renewedAt = now.atOffset(ZoneOffset.UTC);
        this.renewals++;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public byte[] pdf() {
        return pdf;
    }

    public String sha256() {
        return sha256;
    }

    public Instant stampedUntil() {
        return stampedUntil.toInstant();
    }

    public int renewals() {
        return renewals;
    }
}
