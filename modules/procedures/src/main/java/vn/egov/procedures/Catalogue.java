package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.kernel.api.helpers.VietnameseText;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.procedures.domain.Tier;

/**
 * The catalogue of administrative procedures: the version in force on a day, search without
 * diacritics by words, field, agency and tier, and publishing a new version from an effective date
 * (the one in force ends the day before; dossiers keep the version they were received under).
 */
@ApplicationScoped
public class Catalogue {
    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    /** The version of a procedure in force today. */
    public Optional<Procedure> current(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select p from Procedure p where p.code = :code and p.effectiveFrom <= :day"
                                + " and (p.effectiveTo is null or p.effectiveTo >= :day)",
                        Procedure.class)
                .setParameter("code", code.strip())
                .setParameter("day", today())
                .getResultStream()
                .findFirst();
    }

    /** Every version of a procedure, newest first. */
    public List<Procedure> history(String code) {
        return em.createQuery(
                        "select p from Procedure p where p.code = :code order by p.effectiveFrom desc", Procedure.class)
                .setParameter("code", code)
                .getResultList();
    }

    /** What a citizen looks for: words (diacritics optional), a field, an agency in competence, a tier. */
    public record Search(String words, String fieldCode, Long agencyId, Tier tier) {}

    public List<Procedure> search(Search search, int first, int max) {
        return query(search, Procedure.class, "select p")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Search search) {
        return query(search, Long.class, "select count(p)").getSingleResult();
    }

    private <T> TypedQuery<T> query(Search search, Class<T> type, String select) {
        StringBuilder jpql = new StringBuilder(select)
                .append(
                        " from Procedure p where p.effectiveFrom <= :day and (p.effectiveTo is null or p.effectiveTo >= :day)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("day", today());
        List<String> words = words(search.words());
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and p.searchText like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        if (search.fieldCode() != null && !search.fieldCode().isBlank()) {
            jpql.append(" and p.fieldCode = :field");
            params.put("field", search.fieldCode());
        }
        if (search.tier() != null) {
            jpql.append(" and p.tier = :tier");
            params.put("tier", search.tier());
        }
        if (search.agencyId() != null) {
            jpql.append(" and :agency member of p.agencyIds");
            params.put("agency", search.agencyId());
        }
        if (type == Procedure.class) {
            jpql.append(" order by p.fieldName, p.name");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        params.forEach(q::setParameter);
        return q;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : VietnameseText.fold(text).split("[^\\p{L}\\p{N}.]+")) {
            if (!w.isBlank() && words.size() < 8) {
                words.add(w.replace("%", "").replace("_", ""));
            }
        }
        return words;
    }

    /** The fields (lĩnh vực) of the procedures in force, by name. */
    public List<Field> fields() {
        return em
                .createQuery(
                        "select distinct p.fieldCode, p.fieldName from Procedure p where p.effectiveFrom <= :day"
                                + " and (p.effectiveTo is null or p.effectiveTo >= :day) order by p.fieldName",
                        Object[].class)
                .setParameter("day", today())
                .getResultList()
                .stream()
                .map(r -> new Field((String) r[0], (String) r[1]))
                .toList();
    }

    public record Field(String code, String name) {}

    /** Every procedure in force, for the export. */
    public List<Procedure> inForce() {
        return search(new Search(null, null, null, null), 0, Integer.MAX_VALUE);
    }

    /**
     * Publishes a version of a procedure from {@code effectiveFrom}: the version in force ends the day
     * before. A change takes effect today or later; a new procedure may carry an earlier date.
     */
    @Transactional
    public Procedure publish(
            Procedure.Facts facts,
            List<Long> agencyIds,
            List<ProcedurePart> parts,
            LocalDate effectiveFrom,
            String by) {
        CatalogueRules.check(facts, agencyIds, parts);
        List<Procedure> open = em.createQuery(
                        "select p from Procedure p where p.code = :code and p.effectiveTo is null", Procedure.class)
                .setParameter("code", facts.code())
                .getResultList();
        // a change is never backdated (dossiers received meanwhile keep their version); a procedure
        // new to the catalogue may carry the date it took effect in law
        if (!open.isEmpty() && effectiveFrom.isBefore(today())) {
            throw ProceduresRefusal.invalid("effectiveFrom", "refusal.catalogue.effectiveInPast");
        }
        for (Procedure earlier : open) {
            earlier.endBefore(effectiveFrom);
        }
        em.flush();
        Procedure version = new Procedure(facts, agencyIds, parts, effectiveFrom, OffsetDateTime.now(clock), by);
        em.persist(version);
        audit.record(
                "procedures.catalogue.published",
                "procedure",
                facts.code(),
                "version from " + effectiveFrom + (open.isEmpty() ? " (new)" : " (replaces the one in force)"));
        return version;
    }

    /** Publishes every row (the CSV import), all or none; how many were published. */
    @Transactional
    public int publishAll(List<CatalogueCsv.Row> rows, String by) {
        for (CatalogueCsv.Row row : rows) {
            publish(row.facts(), row.agencyIds(), row.parts(), row.effectiveFrom(), by);
        }
        return rows.size();
    }
}
