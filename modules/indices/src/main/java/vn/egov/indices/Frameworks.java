package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.indices.domain.ColourBands;
import vn.egov.indices.domain.FigureExpression;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.GroupDefinition;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.IndicatorUnit;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.ScoringRule;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.DatabaseMoments;

/**
 * The frameworks and their versions. A version is never changed once written: admins publish a new
 * one with the date it takes effect from, and a period is computed by the version in force on its
 * first day. Versions are read once and kept (they cannot change).
 */
@ApplicationScoped
public class Frameworks {

    @PersistenceContext(unitName = "indices")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    private final Map<Long, FrameworkDefinition> definitions = new ConcurrentHashMap<>();

    public enum Kind {
        SERVICE_INDEX,
        SELF_ASSESSMENT
    }

    public record FrameworkInfo(
            long id, String code, String nameVi, String nameEn, Kind kind, double scale, boolean publicPage) {
        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    public record VersionInfo(
            long id,
            long frameworkId,
            int number,
            LocalDate effectiveFrom,
            String note,
            OffsetDateTime createdAt,
            String createdBy) {}

    public List<FrameworkInfo> all() {
        return frameworks("", null);
    }

    /** One framework by its code (one indexed row, not the list). */
    public Optional<FrameworkInfo> byCode(String code) {
        return code == null
                ? Optional.empty()
                : frameworks(" where code = ?1", code).stream().findFirst();
    }

    private List<FrameworkInfo> frameworks(String where, String code) {
        var q = em.createNativeQuery(
                "select id, code, name_vi, name_en, kind, scale, public_page from indices.framework" + where
                        + " order by id");
        if (code != null) {
            q.setParameter(1, code);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<FrameworkInfo> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new FrameworkInfo(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    Kind.valueOf((String) r[4]),
                    ((Number) r[5]).doubleValue(),
                    (Boolean) r[6]));
        }
        return out;
    }

    public List<VersionInfo> versions(long frameworkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, framework_id, number, effective_from, note, created_at, created_by"
                                + " from indices.framework_version where framework_id = ?1 order by number desc")
                .setParameter(1, frameworkId)
                .getResultList();
        List<VersionInfo> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new VersionInfo(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                    (String) r[4],
                    DatabaseMoments.of(r[5]),
                    (String) r[6]));
        }
        return out;
    }

    /** The version in force on a day: the latest that took effect on or before it (else the first). */
    public Optional<VersionInfo> inForce(long frameworkId, LocalDate day) {
        List<VersionInfo> all = versions(frameworkId);
        return all.stream()
                .filter(v -> !v.effectiveFrom().isAfter(day))
                .findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    public FrameworkDefinition definition(long versionId) {
        return definitions.computeIfAbsent(versionId, this::read);
    }

    private FrameworkDefinition read(long versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> groups = em.createNativeQuery(
                        "select id, code, name_vi, name_en, weight from indices.indicator_group"
                                + " where version_id = ?1 order by position")
                .setParameter(1, versionId)
                .getResultList();
        List<GroupDefinition> out = new ArrayList<>();
        for (Object[] g : groups) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "select code, name_vi, name_en, numerator, denominator, shortfall,"
                                    + " threshold, max_points, rule, period_type, unit, decimals, bands, pillar, owner_code"
                                    + " from indices.indicator where group_id = ?1 order by position")
                    .setParameter(1, ((Number) g[0]).longValue())
                    .getResultList();
            List<IndicatorDefinition> items = new ArrayList<>();
            for (Object[] r : rows) {
                items.add(new IndicatorDefinition(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        FigureExpression.parse((String) r[3]),
                        FigureExpression.parse((String) r[4]),
                        FigureExpression.parse((String) r[5]),
                        r[6] == null ? null : ((Number) r[6]).doubleValue(),
                        ((Number) r[7]).doubleValue(),
                        ScoringRule.valueOf((String) r[8]),
                        PeriodType.valueOf((String) r[9]),
                        IndicatorUnit.valueOf((String) r[10]),
                        ((Number) r[11]).intValue(),
                        ColourBands.parse((String) r[12]),
                        (String) r[13],
                        (String) r[14]));
            }
            out.add(new GroupDefinition(
                    (String) g[1], (String) g[2], (String) g[3], ((Number) g[4]).doubleValue(), List.copyOf(items)));
        }
        return new FrameworkDefinition(List.copyOf(out));
    }

    /**
     * Publishes a new version of a framework from its CSV, in force from a day (admins only).
     *
     * @throws FieldErrors on {@code csv} for a bad line, on {@code effectiveFrom} for a day already taken by a version
     */
    @Transactional
    public VersionInfo publish(String code, String csv, LocalDate effectiveFrom, String note) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notAllowed");
        }
        FrameworkInfo framework =
                byCode(code).orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFramework"));
        if (effectiveFrom == null) {
            throw FieldErrors.of("effectiveFrom", Message.of(IndicesModule.BUNDLE, "frameworks.effectiveRequired"));
        }
        FrameworkDefinition definition = FrameworkCsv.parse(csv, LiveFigures.NAMES);
        if (versions(framework.id()).stream().anyMatch(v -> v.effectiveFrom().equals(effectiveFrom))) {
            throw FieldErrors.of("effectiveFrom", Message.of(IndicesModule.BUNDLE, "frameworks.effectiveTaken"));
        }
        VersionInfo v =
                write(framework.id(), definition, effectiveFrom, note == null ? "" : note.trim(), caller.username());
        audit.record(
                "indices.frameworkPublished",
                "framework",
                code,
                "version=" + v.number() + "; effective from " + effectiveFrom + "; indicators="
                        + definition.indicators().count() + "; note=" + v.note());
        return v;
    }

    /** Creates a framework with its first version (the presets at start-up). */
    @Transactional
    public void install(
            String code,
            String nameVi,
            String nameEn,
            Kind kind,
            double scale,
            boolean publicPage,
            String csv,
            LocalDate from) {
        FrameworkDefinition definition = FrameworkCsv.parse(csv, LiveFigures.NAMES);
        em.createNativeQuery("insert into indices.framework(code, name_vi, name_en, kind, scale, public_page)"
                        + " values (?1, ?2, ?3, ?4, " + scale + ", " + publicPage + ") on conflict (code) do nothing")
                .setParameter(1, code)
                .setParameter(2, nameVi)
                .setParameter(3, nameEn)
                .setParameter(4, kind.name())
                .executeUpdate();
        FrameworkInfo framework = byCode(code).orElseThrow();
        if (versions(framework.id()).isEmpty()) {
            write(framework.id(), definition, from, "preset", "system");
            audit.recordAs("system", "indices.frameworkPublished", "framework", code, "version=1; preset");
        }
    }

    private VersionInfo write(long frameworkId, FrameworkDefinition d, LocalDate from, String note, String by) {
        int number = versions(frameworkId).stream()
                        .mapToInt(VersionInfo::number)
                        .max()
                        .orElse(0)
                + 1;
        OffsetDateTime now = OffsetDateTime.now(clock);
        long versionId = ((Number) em.createNativeQuery("insert into indices.framework_version"
                                + "(framework_id, number, effective_from, note, created_at, created_by)"
                                + " values (?1, ?2, date '" + from + "', ?3, " + DatabaseMoments.literal(now)
                                + ", ?4) returning id")
                        .setParameter(1, frameworkId)
                        .setParameter(2, number)
                        .setParameter(3, note)
                        .setParameter(4, by)
                        .getSingleResult())
                .longValue();
        int gp = 0;
        for (GroupDefinition g : d.groups()) {
            long groupId = ((Number) em.createNativeQuery("insert into indices.indicator_group"
                                    + "(version_id, position, code, name_vi, name_en, weight)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                            .setParameter(1, versionId)
                            .setParameter(2, gp++)
                            .setParameter(3, g.code())
                            .setParameter(4, g.nameVi())
                            .setParameter(5, g.nameEn())
                            .setParameter(6, BigDecimal.valueOf(g.weight()))
                            .getSingleResult())
                    .longValue();
            int ip = 0;
            for (IndicatorDefinition i : g.indicators()) {
                em.createNativeQuery(
                                "insert into indices.indicator(group_id, position, code, name_vi, name_en, numerator,"
                                        + " denominator, shortfall, threshold, max_points, rule, period_type, unit, decimals, bands,"
                                        + " pillar, owner_code) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                        + (i.threshold() == null
                                                ? "null"
                                                : BigDecimal.valueOf(i.threshold())
                                                        .toPlainString())
                                        + ", ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
                        .setParameter(1, groupId)
                        .setParameter(2, ip++)
                        .setParameter(3, i.code())
                        .setParameter(4, i.nameVi())
                        .setParameter(5, i.nameEn())
                        .setParameter(6, i.numerator().toString())
                        .setParameter(7, i.denominator().toString())
                        .setParameter(8, i.shortfall().toString())
                        .setParameter(9, BigDecimal.valueOf(i.maxPoints()))
                        .setParameter(10, i.rule().name())
                        .setParameter(11, i.periodType().name())
                        .setParameter(12, i.unit().name())
                        .setParameter(13, i.decimals())
                        .setParameter(14, i.bands().toString())
                        .setParameter(15, i.pillar())
                        .setParameter(16, i.owner())
                        .executeUpdate();
            }
        }
        definitions.put(versionId, d);
        return new VersionInfo(versionId, frameworkId, number, from, note, now, by);
    }
}
