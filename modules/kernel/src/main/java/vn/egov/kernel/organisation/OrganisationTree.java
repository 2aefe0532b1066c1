package vn.egov.kernel.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** The organisation tree: reading it, and the admin's dated changes to it, each audited. */
@ApplicationScoped
public class OrganisationTree implements Organisation {
    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public Optional<OrgUnitView> unit(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(OrgUnit.class, id))
                .map(this::view);
    }

    @Override
    public Optional<OrgUnitView> unitByCode(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(this::view);
    }

    @Override
    public List<OrgUnitView> units() {
        Map<String, Boolean> agencyLevels =
                levels().stream().collect(Collectors.toMap(OrgLevel::getCode, OrgLevel::isAgency));
        return em
                .createQuery("select distinct u from OrgUnit u left join fetch u.names", OrgUnit.class)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(OrgUnit::getCode))
                .map(u -> view(u, agencyLevels.getOrDefault(u.getLevelCode(), false)))
                .toList();
    }

    @Override
    public List<OrgUnitView> children(Long parentId) {
        var query = parentId == null
                ? em.createQuery("select u from OrgUnit u where u.parentId is null order by u.code", OrgUnit.class)
                : em.createQuery("select u from OrgUnit u where u.parentId = :p order by u.code", OrgUnit.class)
                        .setParameter("p", parentId);
        return query.getResultList().stream().map(this::view).toList();
    }

    @Override
    public List<AgencyRole> agenciesOf(String username) {
        return em.createQuery("""
                select u, m.role from Membership m, OrgUnit u, Account a
                where m.unitId = u.id and m.accountId = a.id and lower(a.username) = lower(:name)
                order by u.code""", Object[].class).setParameter("name", username).getResultList().stream()
                .map(row -> new AgencyRole(view((OrgUnit) row[0]), (Role) row[1]))
                .toList();
    }

    @Override
    public List<StaffMember> staffOf(Long agencyId, Role role) {
        return em
                .createQuery("""
                select a from Membership m, Account a
                where m.accountId = a.id and m.unitId = :unit and m.role = :role and a.enabled = true
                order by a.username""", Account.class)
                .setParameter("unit", agencyId)
                .setParameter("role", role)
                .getResultList()
                .stream()
                .map(a -> new StaffMember(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getPhone()))
                .toList();
    }

    /** The names a unit has had, oldest first. */
    public List<OrgUnitName> history(Long unitId) {
        return find(unitId).getNames();
    }

    public List<OrgLevel> levels() {
        return em.createQuery("select l from OrgLevel l order by l.rank", OrgLevel.class)
                .getResultList();
    }

    /** Adds a level to the tree (a deployment that still has districts, a new kind of agency...). */
    @Transactional
    public void addLevel(String code, String nameVi, String nameEn, int rank, boolean agency) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw KernelRefusal.invalid("org.levelCodeInvalid");
        }
        if (nameVi == null || nameVi.isBlank()) {
            throw KernelRefusal.invalid("org.levelNameRequired");
        }
        if (em.find(OrgLevel.class, code) != null) {
            throw KernelRefusal.conflict("org.levelExists", code);
        }
        em.persist(new OrgLevel(
                code, nameVi.trim(), nameEn == null || nameEn.isBlank() ? nameVi.trim() : nameEn.trim(), rank, agency));
        audit.record("kernel.orgLevel.created", "org_level", code, nameVi);
    }

    @Transactional
    public OrgUnitView create(String code, String levelCode, Long parentId, String name, LocalDate from) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,40}")) {
            throw KernelRefusal.invalid("org.unitCodeInvalid");
        }
        requireName(name);
        if (from == null) {
            throw KernelRefusal.invalid("org.effectiveRequired");
        }
        if (em.find(OrgLevel.class, levelCode) == null) {
            throw KernelRefusal.invalid("org.levelUnknown", String.valueOf(levelCode));
        }
        if (unitByCode(code).isPresent()) {
            throw KernelRefusal.conflict("org.unitCodeTaken", code);
        }
        if (parentId != null && em.find(OrgUnit.class, parentId) == null) {
            throw KernelRefusal.invalid("org.parentUnknown");
        }
        OrgUnit unit = new OrgUnit(code, levelCode, parentId, name.trim(), from);
        em.persist(unit);
        em.flush();
        audit.record("kernel.orgUnit.created", "org_unit", unit.getId(), code + " " + name);
        return view(unit);
    }

    @Transactional
    public void rename(Long unitId, String newName, LocalDate from) {
        requireName(newName);
        OrgUnit unit = find(unitId);
        String old = unit.currentName();
        unit.rename(newName.trim(), from);
        audit.record(
                "kernel.orgUnit.renamed",
                "org_unit",
                unitId,
                old + " -> " + newName + " từ " + VietnameseDates.day(from));
    }

    @Transactional
    public void merge(Long sourceId, Long targetId, LocalDate from) {
        if (targetId == null || from == null) {
            throw KernelRefusal.invalid("org.mergeTargetRequired");
        }
        OrgUnit source = find(sourceId);
        OrgUnit target = find(targetId);
        source.mergeInto(target, from);
        audit.record(
                "kernel.orgUnit.merged",
                "org_unit",
                sourceId,
                "vào " + target.getCode() + " từ " + VietnameseDates.day(from));
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw KernelRefusal.invalid("org.unitNameInvalid", 200);
        }
    }

    private OrgUnit find(Long id) {
        OrgUnit unit = id == null ? null : em.find(OrgUnit.class, id);
        if (unit == null) {
            throw KernelRefusal.notFound("org.unitNotFound", String.valueOf(id));
        }
        return unit;
    }

    OrgUnitView view(OrgUnit u) {
        OrgLevel level = em.find(OrgLevel.class, u.getLevelCode());
        return view(u, level != null && level.isAgency());
    }

    private static OrgUnitView view(OrgUnit u, boolean agency) {
        return new OrgUnitView(
                u.getId(),
                u.getCode(),
                u.currentName(),
                u.getLevelCode(),
                u.getParentId(),
                agency,
                u.getValidFrom(),
                u.getValidTo(),
                u.getMergedIntoId());
    }
}
