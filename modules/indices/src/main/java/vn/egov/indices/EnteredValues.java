package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.egov.indices.domain.EnteredValue;
import vn.egov.indices.domain.EntryStatus;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.IndicatorUnit;
import vn.egov.indices.domain.Period;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.DatabaseMoments;

/**
 * Values entered with evidence: the 766 items the platform cannot know and the DTI components.
 * The department that owns an indicator (its {@code owner} code) fills it in and sends it with at
 * least one evidence file; the administrator approves it or sends it back with a reason. Every
 * step is kept in its history and audited.
 */
@ApplicationScoped
public class EnteredValues {

    @PersistenceContext(unitName = "indices")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Attachments attachments;

    @Inject
    Frameworks frameworks;

    @Inject
    Snapshots snapshots;

    public record Evidence(UUID id, String fileName, OffsetDateTime addedAt, String addedBy) {}

    public record Step(
            OffsetDateTime at, String actor, String step, BigDecimal numerator, BigDecimal denominator, String note) {}

    /** One line of the sheet: an indicator to fill for a unit and period, and where it stands. */
    public record Entry(
            IndicatorDefinition indicator,
            String groupCode,
            long unitId,
            Period period,
            EnteredValue value,
            List<Evidence> evidence,
            List<Step> history,
            boolean mayFill,
            boolean mayReview) {
        public EntryStatus status() {
            return value == null ? null : value.getStatus();
        }
    }

    /** The indicators of the framework entered by people for periods of this type, for one unit. */
    public List<Entry> sheet(String frameworkCode, Period period, long unitId) {
        Frameworks.FrameworkInfo f = framework(frameworkCode);
        FrameworkDefinition d = definition(f, period);
        List<Entry> out = new ArrayList<>();
        for (var g : d.groups()) {
            for (IndicatorDefinition i : g.indicators()) {
                if (!i.entered() || i.periodType() != period.type()) {
                    continue;
                }
                EnteredValue v = find(frameworkCode, i.code(), unitId, period);
                out.add(new Entry(
                        i,
                        g.code(),
                        unitId,
                        period,
                        v,
                        v == null ? List.of() : evidence(v.getId()),
                        v == null ? List.of() : history(v.getId()),
                        mayFill(i),
                        caller.hasRole(Role.ADMIN)));
            }
        }
        return out;
    }

    /** Admins fill anything; staff of the owning department fill its indicators. */
    public boolean mayFill(IndicatorDefinition i) {
        return caller.hasRole(Role.ADMIN)
                || (i.owner() != null
                        && caller.agencies().stream()
                                .anyMatch(a -> i.owner().equals(a.agency().code())));
    }

    /**
     * Saves the value as a draft with any new evidence files (uploaded by the caller).
     *
     * @param denominator empty for points or a count; for a percentage left empty, the numerator is the percentage
     */
    @Transactional
    public EnteredValue save(
            String frameworkCode,
            String indicatorCode,
            long unitId,
            Period period,
            BigDecimal numerator,
            BigDecimal denominator,
            String note,
            List<UUID> newEvidence) {
        Frameworks.FrameworkInfo f = framework(frameworkCode);
        IndicatorDefinition i = definition(f, period)
                .indicator(indicatorCode)
                .filter(IndicatorDefinition::entered)
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noIndicator"));
        if (!mayFill(i)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notOwner");
        }
        Map<String, Message> errors = new HashMap<>();
        if (numerator != null && numerator.signum() < 0) {
            errors.put("numerator", Message.of(IndicesModule.BUNDLE, "entry.negative"));
        }
        if (denominator != null && denominator.signum() <= 0) {
            errors.put("denominator", Message.of(IndicesModule.BUNDLE, "entry.denominatorPositive"));
        }
        if (i.unit() == IndicatorUnit.POINTS && numerator != null && numerator.doubleValue() > i.maxPoints()) {
            errors.put(
                    "numerator", Message.of(IndicesModule.BUNDLE, "entry.overMax", FrameworkCsv.plain(i.maxPoints())));
        }
        if (i.unit() == IndicatorUnit.PERCENT
                && denominator != null
                && numerator != null
                && numerator.compareTo(denominator) > 0) {
            errors.put("numerator", Message.of(IndicesModule.BUNDLE, "entry.overDenominator"));
        }
        if (i.unit() == IndicatorUnit.PERCENT
                && denominator == null
                && numerator != null
                && numerator.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.put("numerator", Message.of(IndicesModule.BUNDLE, "entry.overHundred"));
        }
        if (note != null && note.length() > 2000) {
            errors.put("note", Message.of(IndicesModule.BUNDLE, "entry.noteTooLong"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        BigDecimal d = denominator == null && i.unit() == IndicatorUnit.PERCENT && numerator != null
                ? BigDecimal.valueOf(100)
                : denominator;
        OffsetDateTime now = OffsetDateTime.now(clock);
        EnteredValue v = find(frameworkCode, indicatorCode, unitId, period);
        if (v == null) {
            v = new EnteredValue(frameworkCode, indicatorCode, unitId, period);
            v.save(numerator, d, note, caller.username(), now);
            em.persist(v);
            em.flush();
        } else {
            em.lock(v, LockModeType.PESSIMISTIC_WRITE);
            boolean wasApproved = v.getStatus() == EntryStatus.APPROVED;
            v.save(numerator, d, note, caller.username(), now);
            if (wasApproved) {
                // the approved value no longer counts until approved again: stored results built on it are stale
                snapshots.forget(frameworkCode);
            }
        }
        if (newEvidence != null && !newEvidence.isEmpty()) {
            attachments.claim(newEvidence, attachments.currentUploader(), "indices:" + v.getId());
            for (UUID id : newEvidence) {
                String name = attachments
                        .find(id)
                        .map(Attachments.StoredFile::fileName)
                        .orElse(id.toString());
                em.createNativeQuery(
                                "insert into indices.entered_evidence(value_id, attachment_id, file_name, added_at, added_by)"
                                        + " values (?1, cast(?2 as uuid), ?3, " + DatabaseMoments.literal(now)
                                        + ", ?4)")
                        .setParameter(1, v.getId())
                        .setParameter(2, id.toString())
                        .setParameter(3, name)
                        .setParameter(4, caller.username())
                        .executeUpdate();
            }
        }
        step(v, "SAVED", note, now);
        audit.record(
                "indices.valueSaved",
                "enteredValue",
                v.getId(),
                frameworkCode + "/" + indicatorCode + "; unit=" + unitId + "; period=" + period + "; numerator="
                        + numerator + "; denominator=" + d + "; new evidence="
                        + (newEvidence == null ? 0 : newEvidence.size()));
        return v;
    }

    @Transactional
    public void submit(long id) {
        EnteredValue v = locked(id);
        Frameworks.FrameworkInfo f = framework(v.getFrameworkCode());
        IndicatorDefinition i =
                definition(f, v.getPeriod()).indicator(v.getIndicatorCode()).orElseThrow();
        if (!mayFill(i)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notOwner");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        v.submit(evidence(id).size(), caller.username(), now);
        step(v, "SUBMITTED", "", now);
        audit.record("indices.valueSubmitted", "enteredValue", id, v.getFrameworkCode() + "/" + v.getIndicatorCode());
    }

    @Transactional
    public void approve(long id) {
        requireReviewer();
        EnteredValue v = locked(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        v.approve(caller.username(), now);
        step(v, "APPROVED", "", now);
        audit.record("indices.valueApproved", "enteredValue", id, v.getFrameworkCode() + "/" + v.getIndicatorCode());
        snapshots.forget(v.getFrameworkCode());
    }

    @Transactional
    public void sendBack(long id, String reason) {
        requireReviewer();
        EnteredValue v = locked(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        v.sendBack(reason, caller.username(), now);
        step(v, "RETURNED", reason.trim(), now);
        audit.record(
                "indices.valueReturned",
                "enteredValue",
                id,
                v.getFrameworkCode() + "/" + v.getIndicatorCode() + "; reason=" + reason.trim());
    }

    /** The evidence file, for those who may see the sheet (staff). */
    public java.util.Optional<Evidence> evidenceFile(long valueId, UUID attachmentId) {
        return evidence(valueId).stream()
                .filter(e -> e.id().equals(attachmentId))
                .findFirst();
    }

    /**
     * The approved values of the framework's entered indicators that fall in the period, booked on
     * their unit as {@code entered:CODE:n} and {@code entered:CODE:d}.
     */
    public Map<Long, Map<String, Double>> approved(String frameworkCode, FrameworkDefinition d, Period period) {
        Map<String, Set<String>> wanted = new HashMap<>();
        d.indicators().filter(IndicatorDefinition::entered).forEach(i -> {
            Set<String> periods = new LinkedHashSet<>();
            if (i.periodType().months() >= period.type().months()) {
                periods.add(period.within(i.periodType()).toString());
            } else {
                for (Period p = Period.of(i.periodType(), period.start());
                        !p.start().isAfter(period.end());
                        p = p.next()) {
                    periods.add(p.toString());
                }
            }
            wanted.put(i.code(), periods);
        });
        Map<Long, Map<String, Double>> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select indicator_code, unit_id, period, numerator, denominator"
                        + " from indices.entered_value where framework_code = ?1 and status = 'APPROVED'")
                .setParameter(1, frameworkCode)
                .getResultList();
        for (Object[] r : rows) {
            Set<String> periods = wanted.get((String) r[0]);
            if (periods == null || !periods.contains((String) r[2])) {
                continue;
            }
            Map<String, Double> m = out.computeIfAbsent(((Number) r[1]).longValue(), k -> new HashMap<>());
            m.merge("entered:" + r[0] + ":n", ((Number) r[3]).doubleValue(), Double::sum);
            if (r[4] != null) {
                m.merge("entered:" + r[0] + ":d", ((Number) r[4]).doubleValue(), Double::sum);
            }
        }
        return out;
    }

    /** Values sent and waiting for the administrator, oldest first. */
    public List<EnteredValue> awaitingReview() {
        return em.createQuery(
                        "select v from EnteredValue v where v.status = vn.egov.indices.domain.EntryStatus.SUBMITTED"
                                + " order by v.changedAt",
                        EnteredValue.class)
                .setMaxResults(200)
                .getResultList();
    }

    private void requireReviewer() {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new IndicesRefusal(403, "not_allowed", "refusal.notReviewer");
        }
    }

    private Frameworks.FrameworkInfo framework(String code) {
        return frameworks.byCode(code).orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFramework"));
    }

    private FrameworkDefinition definition(Frameworks.FrameworkInfo f, Period period) {
        return frameworks.definition(frameworks
                .inForce(f.id(), period.start())
                .orElseThrow(() -> new IndicesRefusal(404, "not_found", "refusal.noFramework"))
                .id());
    }

    private EnteredValue locked(long id) {
        EnteredValue v = em.find(EnteredValue.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw new IndicesRefusal(404, "not_found", "refusal.noValue");
        }
        return v;
    }

    private EnteredValue find(String frameworkCode, String indicatorCode, long unitId, Period period) {
        return em.createQuery(
                        "select v from EnteredValue v where v.frameworkCode = :f and v.indicatorCode = :i"
                                + " and v.unitId = :u and v.period = :p",
                        EnteredValue.class)
                .setParameter("f", frameworkCode)
                .setParameter("i", indicatorCode)
                .setParameter("u", unitId)
                .setParameter("p", period.toString())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void step(EnteredValue v, String step, String note, OffsetDateTime at) {
        em.createNativeQuery(
                        "insert into indices.entered_value_event(value_id, at, actor, step, numerator, denominator, note)"
                                + " values (?1, " + DatabaseMoments.literal(at) + ", ?2, ?3, "
                                + (v.getNumerator() == null
                                        ? "null"
                                        : v.getNumerator().toPlainString()) + ", "
                                + (v.getDenominator() == null
                                        ? "null"
                                        : v.getDenominator().toPlainString()) + ", ?4)")
                .setParameter(1, v.getId())
                .setParameter(2, caller.username())
                .setParameter(3, step)
                .setParameter(4, note == null ? "" : note)
                .executeUpdate();
    }

    List<Evidence> evidence(long valueId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select attachment_id::text, file_name, added_at, added_by"
                        + " from indices.entered_evidence where value_id = ?1 order by added_at, file_name")
                .setParameter(1, valueId)
                .getResultList();
        List<Evidence> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Evidence(
                    UUID.fromString((String) r[0]), (String) r[1], DatabaseMoments.of(r[2]), (String) r[3]));
        }
        return out;
    }

    List<Step> history(long valueId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, actor, step, numerator, denominator, note"
                        + " from indices.entered_value_event where value_id = ?1 order by at, id")
                .setParameter(1, valueId)
                .getResultList();
        List<Step> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Step(
                    DatabaseMoments.of(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (BigDecimal) r[3],
                    (BigDecimal) r[4],
                    (String) r[5]));
        }
        return out;
    }
}
