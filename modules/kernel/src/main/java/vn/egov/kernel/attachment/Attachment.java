package vn.egov.kernel.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored file; its bytes load only when asked for. */
@Entity
@Table(name = "attachment", schema = "kernel")
@NamedQuery(
        name = Attachment.CLAIM,
        query = "update Attachment a set a.usedFor = :usedFor, a.usedAt = :at"
                + " where a.id in :ids and a.owner = :owner and a.usedFor is null")
public class Attachment {
    /** Marks files as used if the owner uploaded them and they are unused; answers how many it marked. */
    static final String CLAIM = "Attachment.claim";

    @Id
    private UUID id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String owner;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "used_for")
    private String usedFor;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected Attachment() {}

    public Attachment(
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            String owner,
            OffsetDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.owner = owner;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getOwner() {
        return owner;
    }

    public String getUsedFor() {
        return usedFor;
    }
}
