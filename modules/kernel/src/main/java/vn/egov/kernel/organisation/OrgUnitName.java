package vn.egov.kernel.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One name of a unit and the dates it was in use. */
@Entity
@Table(name = "org_unit_name", schema = "kernel")
public class OrgUnitName {
    @Id
    @SequenceGenerator(
            name = "org_unit_name_id",
            schema = "kernel",
            sequenceName = "org_unit_name_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_name_id")
    private Long id;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    private String name;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected OrgUnitName() {}

    OrgUnitName(OrgUnit unit, String name, LocalDate validFrom) {
        this.unit = unit;
        this.name = name;
        this.validFrom = validFrom;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    void end(LocalDate lastDay) {
        validTo = lastDay;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
