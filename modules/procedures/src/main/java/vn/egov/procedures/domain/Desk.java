package vn.egov.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which one-stop desk receives the dossiers of an agency (the provincial public administration
 * service centre for departments, the commune's own desk for a commune), and the identifier code
 * (mã định danh) its dossier codes begin with.
 */
@Entity
@Table(name = "desk", schema = "procedures")
public class Desk {
    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "desk_id")
    private long deskId;

    @Column(name = "identifier_code")
    private String identifierCode;

    protected Desk() {}

    public Desk(long agencyId, long deskId, String identifierCode) {
        this.agencyId = agencyId;
        this.deskId = deskId;
        this.identifierCode = identifierCode;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public long getDeskId() {
        return deskId;
    }

    public String getIdentifierCode() {
        return identifierCode;
    }
}
