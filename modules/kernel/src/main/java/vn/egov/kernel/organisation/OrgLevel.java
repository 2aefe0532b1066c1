package vn.egov.kernel.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A configurable level of the organisation tree (province, district, commune, agency...). */
@Entity
@Table(name = "org_level", schema = "kernel")
public class OrgLevel {
    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private int rank;

    @Column(name = "is_agency")
    private boolean agency;

    protected OrgLevel() {}

    public OrgLevel(String code, String nameVi, String nameEn, int rank, boolean agency) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.rank = rank;
        this.agency = agency;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getRank() {
        return rank;
    }

    public boolean isAgency() {
        return agency;
    }
}
