package vn.egov.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A row of the control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ): from whom, to whom,
 * when to the minute, what was done and the status after. Only ever inserted: the table refuses
 * updates and deletes.
 */
@Entity
@Table(name = "handover", schema = "procedures")
public class Handover {
    @Id
    @SequenceGenerator(name = "handover_seq", schema = "procedures", sequenceName = "handover_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handover_seq")
    private Long id;

    @Column(name = "dossier_id", updatable = false)
    private long dossierId;

    @Column(updatable = false)
    private OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DossierAction action;

    @Column(name = "from_agency_id", updatable = false)
    private Long fromAgencyId;

    @Column(name = "from_user", updatable = false)
    private String fromUser;

    @Column(name = "to_agency_id", updatable = false)
    private Long toAgencyId;

    @Column(name = "to_role", updatable = false)
    private String toRole;

    @Column(name = "to_user", updatable = false)
    private String toUser;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", updatable = false)
    private DossierStatus statusAfter;

    @Column(updatable = false)
    private String note;

    protected Handover() {}

    public Handover(
            Dossier dossier, DossierAction action, Long fromAgencyId, String fromUser, String note, OffsetDateTime at) {
        this.dossierId = dossier.getId();
        this.at = at.truncatedTo(ChronoUnit.SECONDS);
        this.action = action;
        this.fromAgencyId = fromAgencyId;
        this.fromUser = fromUser;
        this.toAgencyId = dossier.getCurrentAgencyId();
        this.toRole = dossier.getCurrentRole();
        this.toUser = dossier.getCurrentAssignee();
        this.statusAfter = dossier.getStatus();
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public DossierAction getAction() {
        return action;
    }

    public Long getFromAgencyId() {
        return fromAgencyId;
    }

    public String getFromUser() {
        return fromUser;
    }

    public Long getToAgencyId() {
        return toAgencyId;
    }

    public String getToRole() {
        return toRole;
    }

    public String getToUser() {
        return toUser;
    }

    public DossierStatus getStatusAfter() {
        return statusAfter;
    }

    public String getNote() {
        return note;
    }
}
