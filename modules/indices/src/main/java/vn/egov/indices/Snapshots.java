package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.IndexResult.UnitResult;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.RollUp;
import vn.egov.indices.domain.Scorecard;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * A framework's result for a period, for every unit of the organisation tree: computed by the
 * version in force on the period's first day and kept as a snapshot. A snapshot is computed again
 * when asked ({@link #recompute}), when an approved value changed since, when the version in force
 * is another, and, for a period not yet ended, when it is older than the setting
 * {@code indices.snapshot.maxAgeMinutes}. An ended period's snapshot is otherwise kept as computed:
 * what was reported stays what it was.
 */
@ApplicationScoped
public class Snapshots {
    /** Figures every snapshot keeps besides its framework's, for the dashboard's own panel. */
    static final List<String> DASHBOARD = List.of(
            "feedback.received",
            "feedback.handled",
            "feedback.received_mobile",
            "feedback.handled_mobile",
            "dossiers.received",
            "dossiers.received_online",
            "dossiers.processed",
            "dossiers.signed_result",
            "payments.paid_online",
            "payments.paid_at_counter",
            "signing.documents");

    @PersistenceContext(unitName = "indices")
    EntityManager em;

    @Inject
    Frameworks frameworks;

    @Inject
    LiveFigures figures;

    @Inject
    EnteredValues entered;

    @Inject
    Organisation organisation;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The result of the framework for the period, from its snapshot while that is current. */
    @Transactional
    public IndexResult of(String code, Period period) {
        Frameworks.FrameworkInfo f = framework(code);
        Frameworks.VersionInfo version = version(f, period);
        Optional<Stored> stored = stored(f.id(), period);
        if (stored.isPresent() && current(stored.get(), version, period)) {
            return SnapshotJson.read(stored.get().json());
        }
        return store(f, compute(f, version, period, "system"));
    }

    /** Computes the period again now and keeps it, saying who asked (audited). */
    @Transactional
    public IndexResult recompute(String code, Period period) {
        Frameworks.FrameworkInfo f = framework(code);
        IndexResult r = store(f, compute(f, version(f, period), period, who()));
        audit.record(
                "indices.recomputed",
                "snapshot",
                code + "/" + period,
                "version=" + r.versionNumber() + "; millis=" + r.millis());
        return r;
    }

    /** Computes without keeping (the benchmark, and checks). */
    public IndexResult compute(String code, Period period) {
        Frameworks.FrameworkInfo f = framework(code);
        return compute(f, version(f, period), period, who());
    }

    /** Marks the framework's snapshots to be computed again when next read (an approved value changed). */
    @Transactional
    public void forget(String code) {
        em.createNativeQuery("update indices.snapshot set stale = true where framework_id ="
                        + " (select id from indices.framework where code = ?1)")
                .setParameter(1, code)
                .executeUpdate();
    }

    private String who() {
        return caller.username() == null ? "system" : caller.username();
    }

    private record Stored(long versionId, OffsetDateTime computedAt, boolean stale, String json) {}

    private Optional<Stored> stored(long frameworkId, Period period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select version_id, computed_at, stale, result from indices.snapshot"
                        + " where framework_id = ?1 and period = ?2")
                .setParameter(1, frameworkId)
                .setParameter(2, period.toString())
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Stored(
                        ((Number) r[0]).longValue(), DatabaseMoments.of(r[1]), (Boolean) r[2], (String) r[3]));
    }

    private boolean current(Stored s, Frameworks.VersionInfo version, Period period) {
        if (s.stale() || s.versionId() != version.id()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
        if (period.endedBefore(today) && !s.computedAt().toLocalDate().isBefore(period.end())) {
            return true;
        }
        Duration age = Duration.between(s.computedAt(), OffsetDateTime.now(clock));
        return age.toMinutes() < settings.integer(IndicesModule.SNAPSHOT_MINUTES);
    }

    private Frameworks.FrameworkInfo framework(String code) {
        return frameworks.byCode(code).orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFramework"));
    }

    private Frameworks.VersionInfo version(Frameworks.FrameworkInfo f, Period period) {
        if (period.start().isAfter(LocalDate.now(clock.withZone(VietnameseDates.ZONE)))) {
            throw new IndicesRefusal(400, "invalid", "refusal.futurePeriod");
        }
        return frameworks
                .inForce(f.id(), period.start())
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFramework"));
    }

    IndexResult compute(Frameworks.FrameworkInfo f, Frameworks.VersionInfo version, Period period, String by) {
        long started = System.nanoTime();
        FrameworkDefinition d = frameworks.definition(version.id());
        Set<String> names = new LinkedHashSet<>();
        d.indicators()
                .flatMap(i -> Stream.of(i.numerator(), i.denominator(), i.shortfall()))
                .forEach(e -> names.addAll(e.names()));
        names.remove(vn.egov.indices.domain.FigureExpression.ENTERED);
        names.addAll(DASHBOARD);
        Set<String> sources = new LinkedHashSet<>();
        names.forEach(n -> sources.add(LiveFigures.source(n)));
        Map<Long, Map<String, Double>> booked = new HashMap<>(figures.booked(period, sources));
        entered.approved(f.code(), d, period)
                .forEach((unit, m) -> booked.merge(unit, m, (a, b) -> {
                    Map<String, Double> both = new HashMap<>(a);
                    both.putAll(b);
                    return both;
                }));
        List<OrgUnitView> units = organisation.units();
        Map<Long, Map<String, Double>> rolled = RollUp.of(
                units.stream().map(u -> new RollUp.Node(u.id(), u.parentId())).toList(), booked);
        Map<Long, UnitResult> out = new LinkedHashMap<>();
        for (OrgUnitView u : units) {
            if (!u.active() && !everActiveIn(u, period)) {
                continue;
            }
            Map<String, Double> m = rolled.getOrDefault(u.id(), Map.of());
            Scorecard.UnitScore score =
                    Scorecard.score(d, f.scale(), m::get, f.kind() == Frameworks.Kind.SELF_ASSESSMENT);
            Map<String, Double> kept = new LinkedHashMap<>();
            for (String n : names) {
                kept.put(n, m.getOrDefault(n, 0.0));
            }
            d.indicators().filter(IndicatorDefinition::entered).forEach(i -> {
                if (m.containsKey("entered:" + i.code() + ":n")) {
                    kept.put("entered:" + i.code() + ":n", m.get("entered:" + i.code() + ":n"));
                }
            });
            out.put(u.id(), new UnitResult(score, kept));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new IndexResult(
                f.code(), period, version.id(), version.number(), OffsetDateTime.now(clock), by, millis, out);
    }

    private static boolean everActiveIn(OrgUnitView u, Period period) {
        return u.validTo() != null && !u.validTo().isBefore(period.start());
    }

    private IndexResult store(Frameworks.FrameworkInfo f, IndexResult r) {
        em.createNativeQuery(
                        "insert into indices.snapshot(framework_id, version_id, period, computed_at, computed_by, millis, result)"
                                + " values (?1, ?2, ?3, " + DatabaseMoments.literal(r.computedAt()) + ", ?4, ?5, ?6)"
                                + " on conflict (framework_id, period) do update set version_id = excluded.version_id,"
                                + " computed_at = excluded.computed_at, computed_by = excluded.computed_by,"
                                + " millis = excluded.millis, result = excluded.result, stale = false")
                .setParameter(1, f.id())
                .setParameter(2, r.versionId())
                .setParameter(3, r.period().toString())
                .setParameter(4, r.computedBy())
                .setParameter(5, (int) r.millis())
                .setParameter(6, SnapshotJson.write(r))
                .executeUpdate();
        return r;
    }
}
