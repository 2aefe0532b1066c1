package vn.egov.procedures.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A file of a dossier: a component the citizen or the desk supplied (an attachment in the kernel's
 * store, flagged when the desk scanned it or when it was reused from an earlier dossier), a result
 * (a PDF, signed by the leader), or a generated one-stop form (a PDF sealed by the agency).
 */
@Entity
@Table(name = "dossier_part", schema = "procedures")
public class DossierPart {
    public static final String COMPONENT = "COMPONENT";
    public static final String RESULT = "RESULT";
    public static final String FORM = "FORM";

    @Id
    @SequenceGenerator(
            name = "dossier_part_seq",
            schema = "procedures",
            sequenceName = "dossier_part_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_part_seq")
    private Long id;

    @Column(name = "dossier_id")
    private long dossierId;

    private String kind;
    private int position;
    private String name;

    /** The kernel attachment's id as text (EclipseLink does not read a null uuid column). */
    @Column(name = "attachment_id")
    private String attachmentId;

    @Column(name = "file_name")
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String sha256;
    private boolean digitised;

    @Column(name = "digitised_by")
    private String digitisedBy;

    @Column(name = "digitised_at")
    private OffsetDateTime digitisedAt;

    @Column(name = "reused_from")
    private Long reusedFrom;

    @Column(name = "form_kind")
    private String formKind;

    private boolean signed;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected DossierPart() {}

    /** A component kept in the kernel's attachment store. */
    public static DossierPart component(
            long dossierId,
            int position,
            String name,
            UUID attachmentId,
            String fileName,
            String sha256,
            OffsetDateTime now,
            String by) {
        DossierPart p = new DossierPart();
        p.dossierId = dossierId;
        p.kind = COMPONENT;
        p.position = position;
        p.name = name;
        p.attachmentId = attachmentId == null ? null : attachmentId.toString();
        p.fileName = fileName;
        p.sha256 = sha256;
        p.createdAt = now;
        p.createdBy = by;
        return p;
    }

    /** A PDF the platform holds itself: a result or a form. */
    public static DossierPart document(
            long dossierId,
            String kind,
            int position,
            String name,
            String formKind,
            byte[] pdf,
            String sha256,
            OffsetDateTime now,
            String by) {
        DossierPart p = new DossierPart();
        p.dossierId = dossierId;
        p.kind = kind;
        p.position = position;
        p.name = name;
        p.formKind = formKind;
        p.content = pdf;
        p.sha256 = sha256;
        p.fileName = name;
        p.createdAt = now;
        p.createdBy = by;
        return p;
    }

    /** Scanned at the desk from paper: who and when. */
    public void digitised(String by, OffsetDateTime at) {
        this.digitised = true;
        this.digitisedBy = by;
        this.digitisedAt = at;
    }

    public void reusedFrom(long earlierPartId) {
        this.reusedFrom = earlierPartId;
    }

    /** Replaced by its signed (or sealed) version. */
    public void signed(byte[] pdf, String sha256, String by, OffsetDateTime at) {
        this.content = pdf;
        this.sha256 = sha256;
        this.signed = true;
        this.signedBy = by;
        this.signedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public UUID getAttachmentId() {
        return attachmentId == null ? null : UUID.fromString(attachmentId);
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isDigitised() {
        return digitised;
    }

    public String getDigitisedBy() {
        return digitisedBy;
    }

    public OffsetDateTime getDigitisedAt() {
        return digitisedAt;
    }

    public Long getReusedFrom() {
        return reusedFrom;
    }

    public String getFormKind() {
        return formKind;
    }

    public boolean isSigned() {
        return signed;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public OffsetDateTime getSignedAt() {
        return signedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
