package vn.egov.kernel.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * A node of the organisation tree: an administrative unit (province, district, commune) or an
 * agency (department, People's Committee, one-stop centre). Units are never deleted: a unit
 * that is merged or dissolved gets an end date, and renames keep the earlier names with their
 * dates, so records made under an old name still show it.
 */
@Entity
@Table(name = "org_unit", schema = "kernel")
public class OrgUnit {
    @Id
    @SequenceGenerator(name = "org_unit_id", schema = "kernel", sequenceName = "org_unit_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_id")
    private Long id;

    private String code;

    @Column(name = "level_code")
    private String levelCode;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Version
    private long version;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("validFrom")
    private List<OrgUnitName> names = new ArrayList<>();

    protected OrgUnit() {}

    public OrgUnit(String code, String levelCode, Long parentId, String name, LocalDate validFrom) {
        this.code = code;
        this.levelCode = levelCode;
        this.parentId = parentId;
        this.validFrom = validFrom;
        names.add(new OrgUnitName(this, name, validFrom));
    }

    public String currentName() {
        return names.stream()
                .filter(n -> n.getValidTo() == null)
                .findFirst()
                .orElse(names.get(names.size() - 1))
                .getName();
    }

    /** The name the unit bore on a date, if it existed then. */
    public Optional<String> nameOn(LocalDate day) {
        return names.stream()
                .filter(n -> n.covers(day))
                .map(OrgUnitName::getName)
                .findFirst();
    }

    /** Gives the unit a new name from a date on; the old name stays in the history. */
    public void rename(String newName, LocalDate from) {
        if (!isActiveOn(from)) {
            throw KernelRefusal.conflict("org.unitInactiveOn", code, VietnameseDates.day(from));
        }
        OrgUnitName current =
                names.stream().filter(n -> n.getValidTo() == null).findFirst().orElseThrow();
        if (!from.isAfter(current.getValidFrom())) {
            throw KernelRefusal.invalid("org.renameAfter", VietnameseDates.day(current.getValidFrom()));
        }
        current.end(from.minusDays(1));
        names.add(new OrgUnitName(this, newName, from));
    }

    /** Ends this unit the day before {@code from}; its successor is {@code target}. */
    public void mergeInto(OrgUnit target, LocalDate from) {
        if (target == this || (id != null && id.equals(target.id))) {
            throw KernelRefusal.invalid("org.mergeIntoItself");
        }
        if (!isActiveOn(from) || !target.isActiveOn(from)) {
            throw KernelRefusal.conflict("org.bothActiveOn", VietnameseDates.day(from));
        }
        validTo = from.minusDays(1);
        mergedIntoId = target.id;
        names.stream().filter(n -> n.getValidTo() == null).forEach(n -> n.end(validTo));
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public List<OrgUnitName> getNames() {
        return List.copyOf(names);
    }
}
