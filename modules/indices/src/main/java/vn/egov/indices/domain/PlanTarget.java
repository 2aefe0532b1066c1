package vn.egov.indices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A target of a plan: its text, owning department, deadline and how it is measured. Its status is
 * not stored but computed when asked ({@code Plans}); a manual status is kept with its evidence.
 */
@Entity
@Table(name = "plan_target", schema = "indices")
public class PlanTarget {
    @Id
    @SequenceGenerator(
            name = "plan_target_seq",
            schema = "indices",
            sequenceName = "plan_target_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_target_seq")
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    private int position;

    private String text;

    @Column(name = "owner_id")
    private Long ownerId;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    @Column(name = "framework_code")
    private String frameworkCode;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "manual_status")
    private TargetStatus manualStatus;

    @Column(name = "evidence_id")
    private String evidenceId;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Column(name = "evidence_note")
    private String evidenceNote = "";

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected PlanTarget() {}

    public PlanTarget(
            long planId, int position, String text, Long ownerId, LocalDate deadline, String by, OffsetDateTime at) {
        this.planId = planId;
        this.position = position;
        this.text = text;
        this.ownerId = ownerId;
        this.deadline = deadline;
        this.measure = Measure.NONE;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Measures it by an indicator of a framework against a target value. */
    public void measureBy(String frameworkCode, String indicatorCode, BigDecimal target, String by, OffsetDateTime at) {
        this.measure = Measure.INDICATOR;
        this.frameworkCode = frameworkCode;
        this.indicatorCode = indicatorCode;
        this.targetValue = target;
        this.manualStatus = null;
        touch(by, at);
    }

    /** Sets its status by hand; met or not met needs evidence (a file), in progress a note at least. */
    public void report(
            TargetStatus status, UUID evidence, String evidenceName, String note, String by, OffsetDateTime at) {
        if (status == null || status == TargetStatus.NO_METHOD) {
            throw new IllegalEntryStep(400, "target.statusRequired");
        }
        if (status != TargetStatus.IN_PROGRESS && evidence == null && this.evidenceId == null) {
            throw new IllegalEntryStep(400, "target.evidenceRequired");
        }
        this.measure = Measure.MANUAL;
        this.manualStatus = status;
        if (evidence != null) {
            this.evidenceId = evidence.toString();
            this.evidenceName = evidenceName;
        }
        this.evidenceNote = note == null ? "" : note;
        this.frameworkCode = null;
        this.indicatorCode = null;
        this.targetValue = null;
        touch(by, at);
    }

    /** No way to measure it yet. */
    public void unmeasured(String by, OffsetDateTime at) {
        this.measure = Measure.NONE;
        this.manualStatus = null;
        this.frameworkCode = null;
        this.indicatorCode = null;
        this.targetValue = null;
        touch(by, at);
    }

    private void touch(String by, OffsetDateTime at) {
        changedBy = by;
        changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Measure getMeasure() {
        return measure;
    }

    public String getFrameworkCode() {
        return frameworkCode;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public TargetStatus getManualStatus() {
        return manualStatus;
    }

    public UUID getEvidenceId() {
        return evidenceId == null ? null : UUID.fromString(evidenceId);
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}
