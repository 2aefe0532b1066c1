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
import java.time.OffsetDateTime;

/**
 * A value of an indicator that the platform cannot compute, entered for a unit and period with
 * evidence: saved and sent by the department that owns the indicator, approved or sent back by the
 * administrator. Only an approved value counts in the scores; changing it takes it back to a draft.
 */
@Entity
@Table(name = "entered_value", schema = "indices")
public class EnteredValue {
    @Id
    @SequenceGenerator(
            name = "entered_value_seq",
            schema = "indices",
            sequenceName = "entered_value_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entered_value_seq")
    private Long id;

    @Column(name = "framework_code")
    private String frameworkCode;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "unit_id")
    private long unitId;

    private String period;

    private BigDecimal numerator;

    private BigDecimal denominator;

    private String note = "";

    @Enumerated(EnumType.STRING)
    private EntryStatus status = EntryStatus.DRAFT;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected EnteredValue() {}

    public EnteredValue(String frameworkCode, String indicatorCode, long unitId, Period period) {
        this.frameworkCode = frameworkCode;
        this.indicatorCode = indicatorCode;
        this.unitId = unitId;
        this.period = period.toString();
    }

    /** Keeps the figures as a draft (an approved value stops counting until approved again). */
    public void save(BigDecimal numerator, BigDecimal denominator, String note, String by, OffsetDateTime at) {
        if (status == EntryStatus.SUBMITTED) {
            throw new IllegalEntryStep(409, "entry.underReview");
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.note = note == null ? "" : note;
        this.status = EntryStatus.DRAFT;
        touch(by, at);
    }

    /** Sends it for review; it needs a value and at least one evidence file. */
    public void submit(int evidenceFiles, String by, OffsetDateTime at) {
        if (status != EntryStatus.DRAFT && status != EntryStatus.RETURNED) {
            throw new IllegalEntryStep(409, "entry.notDraft");
        }
        if (numerator == null) {
            throw new IllegalEntryStep(400, "entry.valueRequired");
        }
        if (evidenceFiles == 0) {
            throw new IllegalEntryStep(400, "entry.evidenceRequired");
        }
        status = EntryStatus.SUBMITTED;
        touch(by, at);
    }

    public void approve(String by, OffsetDateTime at) {
        if (status != EntryStatus.SUBMITTED) {
            throw new IllegalEntryStep(409, "entry.notSubmitted");
        }
        status = EntryStatus.APPROVED;
        touch(by, at);
    }

    /** Sends it back to its department with the reason, which is required. */
    public void sendBack(String reason, String by, OffsetDateTime at) {
        if (status != EntryStatus.SUBMITTED) {
            throw new IllegalEntryStep(409, "entry.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalEntryStep(400, "entry.reasonRequired");
        }
        status = EntryStatus.RETURNED;
        touch(by, at);
    }

    private void touch(String by, OffsetDateTime at) {
        changedBy = by;
        changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getFrameworkCode() {
        return frameworkCode;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public long getUnitId() {
        return unitId;
    }

    public Period getPeriod() {
        return Period.parse(period);
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public String getNote() {
        return note;
    }

    public EntryStatus getStatus() {
        return status;
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
