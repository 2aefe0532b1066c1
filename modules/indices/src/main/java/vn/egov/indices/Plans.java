package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.Measure;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.PlanTarget;
import vn.egov.indices.domain.Scorecard;
import vn.egov.indices.domain.ScoringRule;
import vn.egov.indices.domain.TargetRule;
import vn.egov.indices.domain.TargetStatus;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.VietnameseDates;

/**
 * Plans and their targets. A target's status is computed when asked: by its indicator's value for
 * the province over the plan's year so far against the target value, by the status its department
 * reported with evidence, or "no method yet".
 */
@ApplicationScoped
public class Plans {

    @PersistenceContext(unitName = "indices")
    EntityManager em;

    @Inject
    Snapshots snapshots;

    @Inject
    Frameworks frameworks;

    @Inject
    Units units;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Attachments attachments;

    public record Plan(long id, String code, String name, int year) {}

    /** A target with its status now and the value its indicator reached (null for other measures). */
    public record Target(PlanTarget target, TargetStatus status, Double reached, String unitOfValue) {}

    /** The counts of each status; the headline says "16 of 36 met, 7 in progress, 13 without a method". */
    public record Summary(int total, Map<TargetStatus, Integer> counts) {
        public int count(TargetStatus s) {
            return counts.getOrDefault(s, 0);
        }

        public int getMet() {
            return count(TargetStatus.MET);
        }

        public int getInProgress() {
            return count(TargetStatus.IN_PROGRESS);
        }

        public int getNotMet() {
            return count(TargetStatus.NOT_MET);
        }

        public int getNoMethod() {
            return count(TargetStatus.NO_METHOD);
        }

        public int getTotal() {
            return total;
        }
    }

    public List<Plan> plans() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, code, name, year from indices.plan order by year desc, id")
                .getResultList();
        List<Plan> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Plan(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).intValue()));
        }
        return out;
    }

    public List<Target> targets(long planId) {
        Plan plan = plans().stream().filter(p -> p.id() == planId).findFirst().orElseThrow(this::noPlan);
        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
        long province = units.province().id();
        Map<String, IndexResult> results = new HashMap<>();
        List<Target> out = new ArrayList<>();
        for (PlanTarget t : em.createQuery(
                        "select t from PlanTarget t where t.planId = :p order by t.position", PlanTarget.class)
                .setParameter("p", planId)
                .getResultList()) {
            Double reached = null;
            boolean lowerBetter = false;
            String unit = null;
            if (t.getMeasure() == Measure.INDICATOR) {
                IndexResult r = results.computeIfAbsent(
                        t.getFrameworkCode(),
                        code -> snapshots.of(code, new Period(PeriodType.YEAR, LocalDate.of(plan.year(), 1, 1))));
                IndexResult.UnitResult u = r.unit(province);
                Scorecard.ItemScore item = u == null ? null : u.score().item(t.getIndicatorCode());
                reached = item == null ? null : item.value();
                IndicatorDefinition d = frameworks
                        .definition(r.versionId())
                        .indicator(t.getIndicatorCode())
                        .orElse(null);
                lowerBetter = d != null && d.rule() == ScoringRule.LOWER_IS_BETTER;
                unit = d == null ? null : d.unit().name();
            }
            TargetStatus s = TargetRule.status(
                    t.getMeasure(),
                    t.getManualStatus(),
                    reached,
                    t.getTargetValue() == null ? null : t.getTargetValue().doubleValue(),
                    lowerBetter,
                    t.getDeadline(),
                    today);
            out.add(new Target(t, s, reached, unit));
        }
        return out;
    }

    /** One target, or empty. */
    public java.util.Optional<PlanTarget> target(long id) {
        return java.util.Optional.ofNullable(em.find(PlanTarget.class, id));
    }

    public static Summary summary(List<Target> targets) {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        targets.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        return new Summary(targets.size(), counts);
    }

    /** Adds a target (admins). */
    @Transactional
    public PlanTarget add(long planId, String text, Long ownerId, LocalDate deadline) {
        requireAdmin();
        return addAs(planId, text, ownerId, deadline, caller.username());
    }

    /** Adds a target of the demo plan. */
    @Transactional
    public PlanTarget addAs(long planId, String text, Long ownerId, LocalDate deadline) {
        return addAs(planId, text, ownerId, deadline, "demo");
    }

    private PlanTarget addAs(long planId, String text, Long ownerId, LocalDate deadline, String by) {
        if (text == null || text.isBlank()) {
            throw FieldErrors.of("text", Message.of(IndicesModule.BUNDLE, "target.textRequired"));
        }
        if (text.length() > 1000) {
            throw FieldErrors.of("text", Message.of(IndicesModule.BUNDLE, "target.textTooLong"));
        }
        plans().stream().filter(p -> p.id() == planId).findFirst().orElseThrow(this::noPlan);
        Number max = (Number)
                em.createNativeQuery("select coalesce(max(position), -1) from indices.plan_target where plan_id = ?1")
                        .setParameter(1, planId)
                        .getSingleResult();
        PlanTarget t = new PlanTarget(
                planId, max.intValue() + 1, text.trim(), ownerId, deadline, by, OffsetDateTime.now(clock));
        em.persist(t);
        em.flush();
        audit.recordAs(by, "indices.targetAdded", "planTarget", t.getId(), "plan=" + planId + "; " + text.trim());
        return t;
    }

    /** Measures a target by an indicator and a target value (admins). */
    @Transactional
    public void measureBy(long targetId, long version, String frameworkCode, String indicatorCode, BigDecimal target) {
        requireAdmin();
        measure(locked(targetId, version), frameworkCode, indicatorCode, target, caller.username());
    }

    /** Measures a target of the demo plan. */
    @Transactional
    public void measureAs(long targetId, String frameworkCode, String indicatorCode, BigDecimal target) {
        measure(em.find(PlanTarget.class, targetId), frameworkCode, indicatorCode, target, "demo");
    }

    private void measure(PlanTarget t, String frameworkCode, String indicatorCode, BigDecimal target, String by) {
        if (target == null) {
            throw FieldErrors.of("targetValue", Message.of(IndicesModule.BUNDLE, "target.valueRequired"));
        }
        var f = frameworks
                .byCode(frameworkCode)
                .orElseThrow(() -> FieldErrors.of("indicator", Message.of(IndicesModule.BUNDLE, "target.noIndicator")));
        var v = frameworks
                .inForce(f.id(), LocalDate.now(clock.withZone(VietnameseDates.ZONE)))
                .orElseThrow();
        if (frameworks.definition(v.id()).indicator(indicatorCode).isEmpty()) {
            throw FieldErrors.of("indicator", Message.of(IndicesModule.BUNDLE, "target.noIndicator"));
        }
        t.measureBy(frameworkCode, indicatorCode, target, by, OffsetDateTime.now(clock));
        audit.recordAs(
                by,
                "indices.targetMeasured",
                "planTarget",
                t.getId(),
                frameworkCode + "/" + indicatorCode + " >= " + target.toPlainString());
    }

    /** Reports a target's status by hand with evidence (admins, or staff of its owning department). */
    @Transactional
    public void report(long targetId, long version, TargetStatus status, UUID evidence, String note) {
        PlanTarget t = locked(targetId, version);
        boolean owner = t.getOwnerId() != null
                && caller.agencies().stream().anyMatch(a -> a.agency().id().equals(t.getOwnerId()));
        if (!caller.hasRole(Role.ADMIN) && !owner) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notOwner");
        }
        String name = null;
        if (evidence != null) {
            attachments.claim(List.of(evidence), attachments.currentUploader(), "indices:target:" + targetId);
            name = attachments
                    .find(evidence)
                    .map(Attachments.StoredFile::fileName)
                    .orElse(evidence.toString());
        }
        t.report(status, evidence, name, note, caller.username(), OffsetDateTime.now(clock));
        audit.record("indices.targetReported", "planTarget", targetId, status + "; evidence=" + name + "; " + note);
    }

    /** Reports a demo target in progress, with a note. */
    @Transactional
    public void reportAs(long targetId, TargetStatus status, String note) {
        em.find(PlanTarget.class, targetId).report(status, null, null, note, "demo", OffsetDateTime.now(clock));
    }

    /** Marks a target as having no method of measuring yet (admins). */
    @Transactional
    public void unmeasured(long targetId, long version) {
        requireAdmin();
        locked(targetId, version).unmeasured(caller.username(), OffsetDateTime.now(clock));
        audit.record("indices.targetUnmeasured", "planTarget", targetId, "");
    }

    /** Creates a plan (admins). */
    @Transactional
    public long create(String code, String name, int year) {
        requireAdmin();
        return create(code, name, year, caller.username());
    }

    /** Creates the demo plan. */
    @Transactional
    public long createAs(String code, String name, int year) {
        return create(code, name, year, "demo");
    }

    private long create(String code, String name, int year, String by) {
        Number id = (Number)
                em.createNativeQuery("insert into indices.plan(code, name, year) values (?1, ?2, ?3) returning id")
                        .setParameter(1, code)
                        .setParameter(2, name)
                        .setParameter(3, year)
                        .getSingleResult();
        audit.recordAs(by, "indices.planCreated", "plan", code, name + "; " + year);
        return id.longValue();
    }

    private PlanTarget locked(long id, long version) {
        PlanTarget t = em.find(PlanTarget.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            throw new IndicesRefusal(404, "not_found", "refusal.noTarget");
        }
        if (t.getVersion() != version) {
            throw new IndicesRefusal(409, "conflict", "refusal.stale");
        }
        return t;
    }

    private void requireAdmin() {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notAllowed");
        }
    }

    private IndicesRefusal noPlan() {
        return new IndicesRefusal(404, "not_found", "refusal.noPlan");
    }
}
