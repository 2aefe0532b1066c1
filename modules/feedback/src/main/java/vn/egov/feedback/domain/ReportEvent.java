package vn.egov.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of a report's timeline: a step, a note or a change, by whom and when. */
@Entity
@Table(name = "report_event", schema = "feedback")
public class ReportEvent {
    /** In blocks of 50 (see the migration that set the sequence's increment). */
    @Id
    @SequenceGenerator(
            name = "report_event_id",
            schema = "feedback",
            sequenceName = "report_event_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_event_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private FeedbackReport report;

    private OffsetDateTime at;
    private String actor;
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReportStatus toStatus;

    private String note;
    private boolean internal;

    protected ReportEvent() {}

    ReportEvent(
            FeedbackReport report,
            OffsetDateTime at,
            String actor,
            String kind,
            ReportStatus from,
            ReportStatus to,
            String note,
            boolean internal) {
        this.report = report;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note;
        this.internal = internal;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public ReportStatus getFromStatus() {
        return fromStatus;
    }

    public ReportStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public boolean isInternal() {
        return internal;
    }
}
