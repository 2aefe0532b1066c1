package vn.egov.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.egov.indices.domain.EnteredValue;
import vn.egov.indices.domain.EntryStatus;
import vn.egov.indices.domain.IllegalEntryStep;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PlanTarget;
import vn.egov.indices.domain.TargetStatus;
import vn.egov.kernel.testing.TestDatabase;

/** The schema, the mapping and the constraints that keep entered values, snapshots and targets sound. */
class IndicesDatabaseTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00+07:00");

    private static long framework(String code) {
        return TestDatabase.inTransaction(
                "indices",
                em -> ((Number) em.createNativeQuery(
                                        "insert into indices.framework(code, name_vi, name_en, kind, scale) values (?1, 'Bộ', 'Set', 'SERVICE_INDEX', 100) returning id")
                                .setParameter(1, code)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void anEnteredValueTakesItsStepsAndOnlyOneExistsPerIndicatorUnitAndPeriod() {
        TestDatabase.migrated("indices");
        long id = TestDatabase.inTransaction("indices", em -> {
            EnteredValue v = new EnteredValue("dti-922", "NT1", 7, Period.parse("2026"));
            v.save(new BigDecimal("35"), null, "Quyết định thành lập Ban chỉ đạo", "skhcn", NOW);
            em.persist(v);
            em.flush();
            return v.getId();
        });
        TestDatabase.run("indices", em -> {
            EnteredValue v = em.find(EnteredValue.class, id);
            assertEquals(EntryStatus.DRAFT, v.getStatus());
            assertEquals(Period.parse("2026"), v.getPeriod());
            IllegalEntryStep noEvidence = assertThrows(IllegalEntryStep.class, () -> v.submit(0, "skhcn", NOW));
            assertEquals("entry.evidenceRequired", noEvidence.text().key());
            v.submit(1, "skhcn", NOW);
            assertThrows(
                    IllegalEntryStep.class,
                    () -> v.save(BigDecimal.ONE, null, "", "skhcn", NOW),
                    "not while under review");
            assertThrows(IllegalEntryStep.class, () -> v.sendBack(" ", "quantri", NOW), "a reason is required");
            v.sendBack("Thiếu quyết định", "quantri", NOW);
            v.save(new BigDecimal("30"), null, "", "skhcn", NOW);
            v.submit(1, "skhcn", NOW);
            v.approve("quantri", NOW);
            assertThrows(IllegalEntryStep.class, () -> v.approve("quantri", NOW), "approved once");
        });
        assertEquals(
                EntryStatus.APPROVED,
                TestDatabase.inTransaction(
                        "indices", em -> em.find(EnteredValue.class, id).getStatus()));
        RuntimeException twice = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run("indices", em -> {
                    EnteredValue v = new EnteredValue("dti-922", "NT1", 7, Period.parse("2026"));
                    v.save(BigDecimal.ONE, null, "", "skhcn", NOW);
                    em.persist(v);
                    em.flush();
                }));
        assertEquals("23505", TestDatabase.sqlState(twice));
        RuntimeException submittedWithoutValue = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "indices",
                        em -> em.createNativeQuery(
                                        "insert into indices.entered_value(id, framework_code, indicator_code, unit_id, period, status,"
                                                + " changed_at, changed_by) values (nextval('indices.entered_value_seq'), 'dti-922', 'NT2', 7, '2026', 'SUBMITTED', now(), 'x')")
                                .executeUpdate()));
        assertEquals("23514", TestDatabase.sqlState(submittedWithoutValue));
        RuntimeException badPeriod = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "indices",
                        em -> em.createNativeQuery(
                                        "insert into indices.entered_value(id, framework_code, indicator_code, unit_id, period, status,"
                                                + " changed_at, changed_by) values (nextval('indices.entered_value_seq'), 'dti-922', 'NT2', 7, '2026-13', 'DRAFT', now(), 'x')")
                                .executeUpdate()));
        assertEquals("23514", TestDatabase.sqlState(badPeriod));
        RuntimeException orphanEvidence = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "indices",
                        em -> em.createNativeQuery(
                                        "insert into indices.entered_evidence(value_id, attachment_id, file_name, added_at, added_by)"
                                                + " values (-5, cast(?1 as uuid), 'a.pdf', now(), 'x')")
                                .setParameter(1, UUID.randomUUID().toString())
                                .executeUpdate()));
        assertEquals("23503", TestDatabase.sqlState(orphanEvidence));
    }

    @Test
    void versionsAreUniquePerDayAndSnapshotsPerPeriod() {
        TestDatabase.migrated("indices");
        long f = framework("test-a");
        TestDatabase.run(
                "indices",
                em -> em.createNativeQuery("insert into indices.framework_version(framework_id, number, effective_from,"
                                + " created_at, created_by) values (?1, 1, date '2026-01-01', now(), 'x')")
                        .setParameter(1, f)
                        .executeUpdate());
        RuntimeException sameDay = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "indices",
                        em -> em.createNativeQuery(
                                        "insert into indices.framework_version(framework_id, number, effective_from,"
                                                + " created_at, created_by) values (?1, 2, date '2026-01-01', now(), 'x')")
                                .setParameter(1, f)
                                .executeUpdate()));
        assertEquals("23505", TestDatabase.sqlState(sameDay));
        RuntimeException badCode = assertThrows(RuntimeException.class, () -> framework("Có Dấu"));
        assertEquals("23514", TestDatabase.sqlState(badCode));
        RuntimeException badRule = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "indices",
                        em -> em.createNativeQuery(
                                        "insert into indices.indicator_group(version_id, position, code, name_vi, name_en, weight)"
                                                + " values ((select id from indices.framework_version where framework_id = ?1), 0, 'G', 'G', 'G', -1)")
                                .setParameter(1, f)
                                .executeUpdate()));
        assertEquals("23514", TestDatabase.sqlState(badRule));
    }

    @Test
    void aTargetMeasuredByAnIndicatorNeedsItsTargetValueAndAReportedOneItsEvidence() {
        TestDatabase.migrated("indices");
        long plan = TestDatabase.inTransaction(
                "indices",
                em -> ((Number) em.createNativeQuery(
                                        "insert into indices.plan(code, name, year) values ('KH-TEST', 'Kế hoạch', 2026) returning id")
                                .getSingleResult())
                        .longValue());
        long id = TestDatabase.inTransaction("indices", em -> {
            PlanTarget t = new PlanTarget(
                    plan, 0, "Tỷ lệ hồ sơ trực tuyến đạt 50%", 12L, LocalDate.of(2026, 12, 31), "quantri", NOW);
            em.persist(t);
            em.flush();
            return t.getId();
        });
        TestDatabase.run("indices", em -> {
            PlanTarget t = em.find(PlanTarget.class, id);
            assertThrows(IllegalEntryStep.class, () -> t.report(TargetStatus.MET, null, null, "", "skhcn", NOW));
            t.report(TargetStatus.IN_PROGRESS, null, null, "Đang triển khai", "skhcn", NOW);
            t.measureBy("766", "TT2", new BigDecimal("50"), "quantri", NOW);
        });
        RuntimeException noValue = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "indices",
                        em -> em.createNativeQuery("update indices.plan_target set target_value = null where id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()));
        assertEquals("23514", TestDatabase.sqlState(noValue));
        RuntimeException blank = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run("indices", em -> {
                    em.persist(new PlanTarget(plan, 1, "  ", null, null, "quantri", NOW));
                    em.flush();
                }));
        assertEquals("23514", TestDatabase.sqlState(blank));
    }
}
