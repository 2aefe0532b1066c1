package vn.egov.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A field of feedback (urban order, environment, land...), in a tree set by admins, with its handling time. */
@Entity
@Table(name = "category", schema = "feedback")
public class Category {
    @Id
    @SequenceGenerator(name = "category_id", schema = "feedback", sequenceName = "category_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_id")
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_vi")
    private String descriptionVi;
    /** Working days an agency has to answer, counted on the kernel's calendar. */
    @Column(name = "sla_working_days")
    private int slaWorkingDays;

    @Column(name = "default_agency_id")
    private Long defaultAgencyId;

    private boolean active = true;

    @Version
    private long version;

    protected Category() {}

    public Category(
            String code, String nameVi, String nameEn, Long parentId, int slaWorkingDays, Long defaultAgencyId) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.parentId = parentId;
        this.slaWorkingDays = slaWorkingDays;
        this.defaultAgencyId = defaultAgencyId;
    }

    public void change(
            String nameVi,
            String nameEn,
            String descriptionVi,
            int slaWorkingDays,
            Long defaultAgencyId,
            boolean active) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.descriptionVi = descriptionVi;
        this.slaWorkingDays = slaWorkingDays;
        this.defaultAgencyId = defaultAgencyId;
        this.active = active;
    }

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
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

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public int getSlaWorkingDays() {
        return slaWorkingDays;
    }

    public Long getDefaultAgencyId() {
        return defaultAgencyId;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
