package vn.egov.kernel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One line of the audit log; the database refuses updates and deletes of these rows. */
@Entity
@Table(name = "audit_entry", schema = "kernel")
public class AuditEntry {
    /** In blocks of 50 (see the migration that set the sequence's increment). */
    @Id
    @SequenceGenerator(
            name = "audit_entry_id",
            schema = "kernel",
            sequenceName = "audit_entry_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
    private Long id;

    private OffsetDateTime at;
    private String actor;
    private String action;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String detail;

    @Column(name = "source_ip")
    private String sourceIp;

    protected AuditEntry() {}

    public AuditEntry(
            OffsetDateTime at,
            String actor,
            String action,
            String targetType,
            String targetId,
            String detail,
            String sourceIp) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
        this.sourceIp = sourceIp;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getSourceIp() {
        return sourceIp;
    }
}
