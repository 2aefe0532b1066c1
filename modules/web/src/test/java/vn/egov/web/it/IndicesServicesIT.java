package vn.egov.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.indices.EnteredValues;
import vn.egov.indices.Plans;
import vn.egov.indices.Snapshots;
import vn.egov.indices.TableExport;
import vn.egov.indices.domain.EntryStatus;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PlanTarget;
import vn.egov.indices.domain.Scorecard;
import vn.egov.indices.domain.TargetStatus;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.organisation.OrganisationTree;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.domain.DeadlineUnit;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.procedures.domain.Tier;

/**
 * The indices module inside Payara Micro over a known set of dossiers, feedback reports and
 * catalogue entries of its own units: every 766 item of October 2026 equals the value worked out
 * by hand from the decision's rules (written below as those rules, not read from the code), the
 * roll-up from a commune's agency to the commune; a DTI component filled, sent back, filled again
 * and approved with evidence; plan targets' statuses; the exports.
 */
@ExtendWith({TestDatabaseServer.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicesServicesIT {
    private static final Period OCTOBER = Period.parse("2026-10");
    private static final double E = 1e-6;
    private static long provinceId;
    private static long agencyId;
    private static long communeId;
    private static long communeAgencyId;

    @Deployment
    static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("platform.war", "target/platform.war")))
                .addClasses(IndicesServicesIT.class, TestDatabaseServer.class, ActingCaller.class);
    }

    @Inject
    Snapshots snapshots;

    @Inject
    EnteredValues values;

    @Inject
    Plans plans;

    @Inject
    vn.egov.indices.Drill drill;

    @Inject
    vn.egov.indices.IndexTables tables;

    @Inject
    OrganisationTree organisation;

    @Inject
    AccountRegistry accounts;

    @Inject
    Catalogue catalogue;

    @Inject
    Attachments attachments;

    @jakarta.persistence.PersistenceContext(unitName = "procedures")
    jakarta.persistence.EntityManager em;

    private static jakarta.transaction.TransactionManager transaction() throws javax.naming.NamingException {
        return (jakarta.transaction.TransactionManager)
                new javax.naming.InitialContext().lookup("java:appserver/TransactionManager");
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction().begin();
        try {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            q.executeUpdate();
            transaction().commit();
        } catch (Exception e) {
            transaction().rollback();
            throw e;
        }
    }

    private void staff(String username, Role role, long unit) {
        var account = accounts.createStaff(
                username, "Cán bộ " + username, username.replace(".", "") + "@example.vn", "CanBo#2026-Thu");
        accounts.grant(account.getId(), unit, role);
    }

    private void procedure(String code, OnlineLevel level, FeeTiming timing, List<ProcedurePart> fees) {
        List<ProcedurePart> parts = new ArrayList<>(List.of(
                ProcedurePart.component("Đơn đề nghị", 1, 0, 0, null, false, true),
                ProcedurePart.step("Thẩm định", "OFFICER", null, 80),
                ProcedurePart.step("Phê duyệt", "LEADER", null, 20)));
        parts.addAll(fees);
        catalogue.publish(
                new Procedure.Facts(
                        code,
                        "Thủ tục chỉ số " + code,
                        "CS",
                        "Chỉ số",
                        Tier.PROVINCE,
                        level,
                        5,
                        DeadlineUnit.DAYS,
                        timing,
                        "Giấy phép",
                        "Luật thử nghiệm",
                        "Trung tâm Phục vụ hành chính công",
                        false),
                List.of(agencyId),
                parts,
                LocalDate.of(2025, 7, 1),
                "test");
    }

    /**
     * A dossier of the agency received in October 2026 (Vietnam time).
     *
     * @param onTime EARLY, ON_TIME, LATE, or null while in progress
     */
    private void dossier(
            long agency,
            String code,
            int channel,
            String status,
            String receivedAt,
            String dueAt,
            String pausedAt,
            String completedAt,
            String onTime,
            int supplements,
            boolean electronic,
            boolean signed,
            int digitised,
            int reused,
            boolean feeBearing,
            Boolean paidOnline,
            Integer rating)
            throws Exception {
        long procedure = ((Number) em.createNativeQuery(
                                "select id from procedures.procedure_version where code = '9.300001' and effective_to is null")
                        .getSingleResult())
                .longValue();
        sql(
                "insert into procedures.dossier (id, code, procedure_id, procedure_code, agency_id, desk_id, current_agency_id,"
                        + " status, channel, owner_kind, owner_name, owner_id_number, summary, received_at, due_at, paused_at,"
                        + " completed_at, on_time, supplement_requests, electronic_result, result_signed, digitised_parts,"
                        + " reused_parts, fee_bearing, fee_paid_online, rating, created_at, updated_at) values"
                        + " (nextval('procedures.dossier_seq'), ?1, " + procedure + ", '9.300001', " + agency + ", "
                        + agency
                        + ", " + agency + ", ?2, " + channel
                        + ", 1, 'Lê Thị Chỉ', '027095009999', 'Hồ sơ thử nghiệm chỉ số',"
                        + " timestamptz '" + receivedAt + "', " + moment(dueAt) + ", " + moment(pausedAt) + ", "
                        + moment(completedAt) + ", " + (onTime == null ? "null" : "'" + onTime + "'") + ", "
                        + supplements
                        + ", " + electronic + ", " + signed + ", " + digitised + ", " + reused + ", " + feeBearing
                        + ", "
                        + paidOnline + ", " + rating + ", now(), now())",
                code,
                status);
    }

    private static String moment(String at) {
        return at == null ? "null" : "timestamptz '" + at + "'";
    }

    private void report(
            String code,
            String status,
            String receivedAt,
            String deadline,
            String publishedAt,
            String closedAt,
            String rating)
            throws Exception {
        sql(
                "insert into feedback.report (tracking_code, category_id, title, description, anonymous, consent_publish, channel,"
                        + " status, agency_id, received_at, deadline, published_at, closed_at, rating) values (?1,"
                        + " (select min(id) from feedback.category), 'Đèn đường hỏng', 'Đèn đường trước cổng trường đã hỏng hơn một tuần.',"
                        + " true, true, 'WEB', ?2, " + agencyId + ", timestamptz '" + receivedAt + "', date '"
                        + deadline + "', "
                        + moment(publishedAt) + ", " + moment(closedAt) + ", "
                        + (rating == null ? "null" : "'" + rating + "'")
                        + ")",
                code,
                status);
    }

    /** Its own province, a department with three procedures, a commune with its committee, people. */
    private synchronized void ready() throws Exception {
        if (provinceId != 0) {
            return;
        }
        OrgUnitView province = organisation.create("IX-P", "PROVINCE", null, "Tỉnh Chỉ Số", LocalDate.of(2000, 1, 1));
        provinceId = province.id();
        agencyId = organisation
                .create("IX-A", "AGENCY", provinceId, "Sở Chỉ Số", LocalDate.of(2000, 1, 1))
                .id();
        communeId = organisation
                .create("IX-C", "COMMUNE", provinceId, "Xã Chỉ Số", LocalDate.of(2025, 7, 1))
                .id();
        communeAgencyId = organisation
                .create("IX-CA", "AGENCY", communeId, "Ủy ban nhân dân xã Chỉ Số", LocalDate.of(2025, 7, 1))
                .id();
        if (organisation.unitByCode("BN-SKHCN").isEmpty()) {
            organisation.create("BN-SKHCN", "AGENCY", provinceId, "Sở Khoa học và Công nghệ", LocalDate.of(2000, 1, 1));
        }
        staff("ix.quantri", Role.ADMIN, provinceId);
        staff(
                "ix.skhcn",
                Role.OFFICER,
                organisation.unitByCode("BN-SKHCN").orElseThrow().id());
        staff("ix.khac", Role.OFFICER, agencyId);
        staff("ix.lanhdao", Role.LEADER, agencyId);
        // fully online with a fee of the payments catalogue; partly online without fee; not online with a fee
        procedure(
                "9.300001",
                OnlineLevel.FULL,
                FeeTiming.BEFORE,
                List.of(ProcedurePart.fee("LP-IX", "Lệ phí chỉ số", "CHARGE", 50_000)));
        procedure("9.300002", OnlineLevel.PARTIAL, FeeTiming.NONE, List.of());
        procedure(
                "9.300003",
                OnlineLevel.NONE,
                FeeTiming.BEFORE,
                List.of(ProcedurePart.fee("LP-IX3", "Lệ phí chỉ số 3", "CHARGE", 20_000)));
        // D1 online, decided early, electronic and signed result, digitised, fee paid online, rated 5
        dossier(
                agencyId,
                "IX-D1",
                2,
                "PROCESSED",
                "2026-10-02T09:00+07",
                "2026-10-09T17:00+07",
                null,
                "2026-10-06T10:00+07",
                "EARLY",
                0,
                true,
                true,
                1,
                0,
                true,
                true,
                5);
        // D2 in person, on time but after a second supplement request, digitised and reused, fee paid at the desk,
        // rated 3
        dossier(
                agencyId,
                "IX-D2",
                1,
                "PROCESSED",
                "2026-10-05T09:00+07",
                "2026-10-20T17:00+07",
                null,
                "2026-10-20T16:00+07",
                "ON_TIME",
                2,
                false,
                false,
                1,
                1,
                true,
                false,
                3);
        // D3 online, decided late, electronic result, rated 4
        dossier(
                agencyId,
                "IX-D3",
                2,
                "PROCESSED",
                "2026-10-06T09:00+07",
                "2026-10-13T17:00+07",
                null,
                "2026-10-15T10:00+07",
                "LATE",
                0,
                true,
                false,
                0,
                0,
                false,
                null,
                4);
        // D4 in person, in progress, due next year: still in time
        dossier(
                agencyId,
                "IX-D4",
                1,
                "PROCESSING",
                "2026-10-20T09:00+07",
                "2027-01-15T17:00+07",
                null,
                null,
                null,
                0,
                false,
                false,
                0,
                0,
                false,
                null,
                null);
        // D5 by post, in progress, due in November: overdue
        dossier(
                agencyId,
                "IX-D5",
                3,
                "PROCESSING",
                "2026-10-21T09:00+07",
                "2026-11-05T17:00+07",
                null,
                null,
                null,
                0,
                false,
                false,
                0,
                0,
                false,
                null,
                null);
        // D6 online, waiting for the citizen's supplement (clock paused): still in time though past its first due date
        dossier(
                agencyId,
                "IX-D6",
                2,
                "SUPPLEMENT_REQUESTED",
                "2026-10-22T09:00+07",
                "2026-11-01T17:00+07",
                "2026-10-25T10:00+07",
                null,
                null,
                1,
                false,
                false,
                0,
                0,
                false,
                null,
                null);
        // the commune's committee: one online dossier decided on time; one received in September (another period)
        dossier(
                communeAgencyId,
                "IX-C1",
                2,
                "PROCESSED",
                "2026-10-10T09:00+07",
                "2026-10-17T17:00+07",
                null,
                "2026-10-16T10:00+07",
                "ON_TIME",
                0,
                true,
                true,
                0,
                0,
                false,
                null,
                null);
        dossier(
                communeAgencyId,
                "IX-C2",
                1,
                "PROCESSED",
                "2026-09-30T16:59+07",
                "2026-10-07T17:00+07",
                null,
                "2026-09-30T17:30+07",
                "EARLY",
                0,
                false,
                false,
                0,
                0,
                false,
                null,
                null);
        // feedback of the department: answered on time and satisfied; closed late, not satisfied; answered on time; not
        // handled
        report(
                "PA-IXR00001",
                "PUBLISHED",
                "2026-10-03T08:00+07",
                "2026-10-20",
                "2026-10-10T09:00+07",
                null,
                "SATISFIED");
        report(
                "PA-IXR00002",
                "CLOSED",
                "2026-10-04T08:00+07",
                "2026-10-20",
                null,
                "2026-10-25T09:00+07",
                "NOT_SATISFIED");
        report("PA-IXR00003", "PUBLISHED", "2026-10-05T08:00+07", "2026-10-30", "2026-10-12T09:00+07", null, null);
        report("PA-IXR00004", "IN_PROGRESS", "2026-10-06T08:00+07", "2026-10-30", null, null, null);
        // the last two came from the phone app
        sql("update feedback.report set channel = 'MOBILE' where tracking_code in ('PA-IXR00003', 'PA-IXR00004')");
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private UUID evidence(String name) throws Exception {
        return attachments.store(name, pdf()).id();
    }

    @Test
    @Order(1)
    void every766ItemOfTheDepartmentEqualsTheValueWorkedOutByHand() throws Exception {
        ready();
        // CK1 is entered per quarter with evidence: 9 of 10 procedures published on time
        ActingCaller.as("ix.quantri");
        try {
            var v = values.save(
                    "766",
                    "CK1",
                    agencyId,
                    Period.parse("2026-Q4"),
                    new BigDecimal("9"),
                    new BigDecimal("10"),
                    "Công bố 9/10 thủ tục đúng hạn",
                    List.of(evidence("cong-bo.pdf")));
            values.submit(v.getId());
            values.approve(v.getId());
        } finally {
            ActingCaller.as(null);
        }
        IndexResult r = snapshots.recompute("766", OCTOBER);
        Scorecard.UnitScore s = r.unit(agencyId).score();

        // CK1: 90 % against T 100 %: 90 x 6 / 100
        item(s, "CK1", 90, 90.0 * 6 / 100);
        // CK2: nothing entered: no data
        assertNull(s.item("CK2").value());
        // CK3: feedback handled 3 of 4 = 75 %, T 100 %: 75 x 6 / 100
        item(s, "CK3", 75, 75.0 * 6 / 100);
        // TD1: (early 1 + on time 1 - on time after a second supplement 1 + in progress in time 2) / (decided 3 + in
        // time 2 + overdue 1)
        item(s, "TD1", 100.0 * 3 / 6, 50.0 * 14 / 100);
        // TD2: (received 6 - second supplement 1) / received 6
        item(s, "TD2", 100.0 * 5 / 6, (100.0 * 5 / 6) * 6 / 100);
        // TT1: 1 of 3 procedures fully online, T 80 %
        item(s, "TT1", 100.0 / 3, (100.0 / 3) * 4 / 80);
        // TT2: 3 of 6 received online, T 50 %: full points
        item(s, "TT2", 50, 8);
        // TT3: 1 of 2 fee-bearing procedures payable online (the other is not online), T 80 %
        item(s, "TT3", 50, 50.0 * 4 / 80);
        // TT4: 1 of 2 fee-bearing dossiers paid online, proportional: 50 % of 6
        item(s, "TT4", 50, 3);
        // SH1: 2 of 3 decided with an electronic result, proportional
        item(s, "SH1", 200.0 / 3, (200.0 / 3) / 100 * 6);
        // SH2: 2 of 6 digitised, T 80 %; SH3: 1 of 6 reused, T 80 %
        item(s, "SH2", 100.0 / 3, (100.0 / 3) * 8 / 80);
        item(s, "SH3", 100.0 / 6, (100.0 / 6) * 8 / 80);
        // HL1: 2 of 3 rated satisfied (4 or 5), T 90 %; HL2: feedback on time 2 of 3 handled, T 100 %; HL3: 1 of 2
        // rated satisfied, T 90 %
        item(s, "HL1", 200.0 / 3, (200.0 / 3) * 8 / 90);
        item(s, "HL2", 200.0 / 3, (200.0 / 3) * 6 / 100);
        item(s, "HL3", 50, 50.0 * 4 / 90);

        // groups: a group's weight x its points / the points of its items with data
        double ck = 18 * (90.0 * 6 / 100 + 75.0 * 6 / 100) / 12;
        double td = 50.0 * 14 / 100 + (100.0 * 5 / 6) * 6 / 100;
        double dvc = (100.0 / 3) * 4 / 80 + 8;
        double tttt = 50.0 * 4 / 80 + 3;
        double sh = (200.0 / 3) / 100 * 6 + (100.0 / 3) * 8 / 80 + (100.0 / 6) * 8 / 80;
        double hl = (200.0 / 3) * 8 / 90 + (200.0 / 3) * 6 / 100 + 50.0 * 4 / 90;
        assertEquals(ck, s.group("CK").score(), E);
        assertEquals(td, s.group("TD").score(), E);
        assertEquals(dvc, s.group("DVC").score(), E);
        assertEquals(tttt, s.group("TTTT").score(), E);
        assertEquals(sh, s.group("SH").score(), E);
        assertEquals(hl, s.group("HL").score(), E);
        assertEquals(ck + td + dvc + tttt + sh + hl, s.total(), E, "every group has data: the total is their sum");

        // the commune counts its committee's dossier of October only (the September one is another period)
        Scorecard.UnitScore commune = r.unit(communeId).score();
        assertEquals(1.0, r.unit(communeId).figures().get("dossiers.received"), E);
        item(commune, "TT2", 100, 8);
        item(commune, "TD1", 100, 14);
        assertEquals(
                r.unit(communeAgencyId).figures(),
                r.unit(communeId).figures(),
                "nothing else is booked on the commune");
        // the dashboard's own figures: 2 reports from the phone app, 1 of them handled
        assertEquals(2.0, r.unit(agencyId).figures().get("feedback.received_mobile"), E);
        assertEquals(1.0, r.unit(agencyId).figures().get("feedback.handled_mobile"), E);
        // the province counts both
        assertEquals(7.0, r.unit(provinceId).figures().get("dossiers.received"), E);
        assertEquals(4.0, r.unit(provinceId).figures().get("dossiers.received_online"), E);
        // September 30 at 16:59 in Hanoi is September's: the commune has one dossier there, decided early
        IndexResult september = snapshots.compute("766", Period.parse("2026-09"));
        assertEquals(1.0, september.unit(communeId).figures().get("dossiers.early"), E);

        // the records behind the figures, from each module, for the department and October
        assertEquals(
                List.of("PA-IXR00001", "PA-IXR00003"),
                codes("feedback.handled_on_time", agencyId),
                "answered by 20 and 30 October; the report closed on the 25th was due on the 20th");
        assertEquals(
                "/office/feedback/report.xhtml?code=PA-IXR00001",
                drill.rows(agencyId, OCTOBER, "feedback.handled_on_time", 0, 50)
                        .get(0)
                        .path());
        assertEquals(List.of("PA-IXR00003", "PA-IXR00004"), codes("feedback.received_mobile", agencyId));
        assertEquals(List.of(), codes("feedback.received", communeId), "the commune received no report");
        assertEquals(List.of("9.300001"), codes("catalogue.fully_online", agencyId));
        assertEquals(List.of("9.300001", "9.300003"), codes("catalogue.fee_bearing", agencyId));
        assertEquals(List.of("9.300001"), codes("catalogue.payable_online", agencyId));
        assertEquals(3, codes("dossiers.received_online", agencyId).size(), "as TT2 counts them");
        assertThrows(Refusal.class, () -> drill.rows(agencyId, OCTOBER, "feedback.nonsense", 0, 50));

        // kept as a snapshot: read again, the same, with the version and time it was computed with
        IndexResult again = snapshots.of("766", OCTOBER);
        assertEquals(r.computedAt(), again.computedAt());
        assertEquals(1, again.versionNumber());
        assertEquals(s.total(), again.unit(agencyId).score().total(), E);
    }

    private List<String> codes(String figure, long unit) {
        return drill.rows(unit, OCTOBER, figure, 0, 50).stream()
                .map(vn.egov.indices.Drill.Row::code)
                .toList();
    }

    private static void item(Scorecard.UnitScore s, String code, double value, double points) {
        Scorecard.ItemScore i = s.item(code);
        assertNotNull(i.value(), code + " has data");
        assertEquals(value, i.value(), E, code + " value");
        assertEquals(points, i.points(), E, code + " points");
    }

    @Test
    @Order(2)
    void aDepartmentFillsADtiComponentWithEvidenceTheAdministratorSendsItBackThenApprovesIt() throws Exception {
        ready();
        Period year = Period.parse("2026");
        ActingCaller.as("ix.khac");
        try {
            Refusal notOwner = assertThrows(
                    Refusal.class,
                    () -> values.save("dti-922", "NT1", provinceId, year, new BigDecimal("30"), null, "", List.of()));
            assertEquals(403, notOwner.status(), "another department may not fill it");
        } finally {
            ActingCaller.as(null);
        }
        long id;
        ActingCaller.as("ix.skhcn");
        try {
            Refusal tooMany = assertThrows(
                    Refusal.class,
                    () -> values.save("dti-922", "NT1", provinceId, year, new BigDecimal("41"), null, "", List.of()));
            assertEquals(400, tooMany.status(), "not more than the component's 40 points");
            id = values.save(
                            "dti-922",
                            "NT1",
                            provinceId,
                            year,
                            new BigDecimal("35"),
                            null,
                            "Ban chỉ đạo họp hằng quý",
                            List.of())
                    .getId();
            Refusal noEvidence = assertThrows(Refusal.class, () -> values.submit(id));
            assertEquals(400, noEvidence.status(), "no evidence yet");
            values.save(
                    "dti-922",
                    "NT1",
                    provinceId,
                    year,
                    new BigDecimal("35"),
                    null,
                    "Ban chỉ đạo họp hằng quý",
                    List.of(evidence("quyet-dinh-ban-chi-dao.pdf")));
            values.submit(id);
            Refusal notReviewer = assertThrows(Refusal.class, () -> values.approve(id));
            assertEquals(403, notReviewer.status());
        } finally {
            ActingCaller.as(null);
        }
        ActingCaller.as("ix.quantri");
        try {
            assertThrows(Refusal.class, () -> values.sendBack(id, " "), "a reason is needed");
            values.sendBack(id, "Thiếu biên bản họp quý 3");
        } finally {
            ActingCaller.as(null);
        }
        assertNull(
                snapshots
                        .recompute("dti-922", year)
                        .unit(provinceId)
                        .score()
                        .item("NT1")
                        .value(),
                "sent back: not counted");
        ActingCaller.as("ix.skhcn");
        try {
            values.save(
                    "dti-922",
                    "NT1",
                    provinceId,
                    year,
                    new BigDecimal("32"),
                    null,
                    "Bổ sung biên bản",
                    List.of(evidence("bien-ban-quy-3.pdf")));
            values.submit(id);
        } finally {
            ActingCaller.as(null);
        }
        ActingCaller.as("ix.quantri");
        List<EnteredValues.Entry> sheet;
        try {
            values.approve(id);
            sheet = values.sheet("dti-922", year, provinceId);
        } finally {
            ActingCaller.as(null);
        }
        EnteredValues.Entry nt1 = sheet.stream()
                .filter(e -> e.indicator().code().equals("NT1"))
                .findFirst()
                .orElseThrow();
        assertEquals(EntryStatus.APPROVED, nt1.status());
        assertEquals(2, nt1.evidence().size());
        assertEquals(
                List.of("SAVED", "SAVED", "SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "APPROVED"),
                nt1.history().stream().map(EnteredValues.Step::step).toList());
        assertEquals("Thiếu biên bản họp quý 3", nt1.history().get(3).note());
        IndexResult dti = snapshots.of("dti-922", year);
        Scorecard.UnitScore province = dti.unit(provinceId).score();
        assertEquals(32, province.item("NT1").points(), E, "the approved points count");
        // the province's own committee dossiers are in the computed components; NT1 is the only entered one
        // in a self-assessment the components not filled in (NT2, NT3) earn nothing: 100 x 32 / 100
        assertEquals(32.0, province.group("NT").score(), E);
        assertEquals(0.0, province.item("NT2").points(), E);
        assertTrue(
                province.normalised() > 0 && province.normalised() <= 1, "normalised 0 to 1: " + province.normalised());
        assertNotNull(province.pillars().get("GOVERNMENT"));
        ActingCaller.as("ix.skhcn");
        try {
            values.save("dti-922", "NT1", provinceId, year, new BigDecimal("20"), null, "Sửa lại", List.of());
        } finally {
            ActingCaller.as(null);
        }
        assertEquals(
                0.0,
                snapshots
                        .of("dti-922", year)
                        .unit(provinceId)
                        .score()
                        .item("NT1")
                        .points(),
                E,
                "an approved value edited again no longer counts in the stored result until it is approved again");
    }

    @Test
    @Order(3)
    void targetsAreMetInProgressNotMetOrWithoutAMethodAndTheTablesExport() throws Exception {
        ready();
        ActingCaller.as("ix.quantri");
        long plan;
        try {
            plan = plans.create("KH-IX-2026", "Kế hoạch chuyển đổi số thử nghiệm", 2026);
            PlanTarget reported =
                    plans.add(plan, "Kết nối nền tảng chia sẻ dữ liệu", agencyId, LocalDate.of(2026, 10, 31));
            PlanTarget unreachable =
                    plans.add(plan, "Tỷ lệ hồ sơ trực tuyến không tưởng", agencyId, LocalDate.of(2099, 12, 31));
            PlanTarget missed =
                    plans.add(plan, "Tỷ lệ hồ sơ trực tuyến đã quá hạn", agencyId, LocalDate.of(2026, 1, 31));
            plans.add(plan, "Camera giao thông thông minh", null, LocalDate.of(2026, 12, 31));
            Refusal noFile = assertThrows(
                    Refusal.class,
                    () -> plans.report(reported.getId(), reported.getVersion(), TargetStatus.MET, null, "Đã kết nối"));
            assertEquals(400, noFile.status(), "met needs evidence");
            plans.report(
                    reported.getId(),
                    reported.getVersion(),
                    TargetStatus.MET,
                    evidence("bien-ban-ket-noi.pdf"),
                    "Đã kết nối");
            plans.measureBy(unreachable.getId(), unreachable.getVersion(), "766", "TT2", new BigDecimal("1000000"));
            plans.measureBy(missed.getId(), missed.getVersion(), "766", "TT2", new BigDecimal("1000000"));
            Refusal stale = assertThrows(
                    Refusal.class,
                    () -> plans.measureBy(missed.getId(), missed.getVersion(), "766", "TT2", BigDecimal.ONE));
            assertEquals(409, stale.status(), "a step on what the page showed before the change is refused");
        } finally {
            ActingCaller.as(null);
        }
        ActingCaller.as("ix.khac");
        try {
            assertThrows(Refusal.class, () -> plans.add(plan, "Không được thêm", null, null));
        } finally {
            ActingCaller.as(null);
        }
        List<Plans.Target> targets = plans.targets(plan);
        assertEquals(
                List.of(TargetStatus.MET, TargetStatus.IN_PROGRESS, TargetStatus.NOT_MET, TargetStatus.NO_METHOD),
                targets.stream().map(Plans.Target::status).toList());
        Plans.Summary summary = Plans.summary(targets);
        assertEquals(
                List.of(4, 1, 1, 1, 1),
                List.of(
                        summary.getTotal(),
                        summary.getMet(),
                        summary.getInProgress(),
                        summary.getNotMet(),
                        summary.getNoMethod()));

        TableExport.Table table =
                tables.rankingTable("766", OCTOBER, vn.egov.indices.Units.Tier.DEPARTMENT, java.util.Locale.ENGLISH);
        double total = snapshots.of("766", OCTOBER).unit(agencyId).score().total();
        List<Object> row = table.rows().stream()
                .filter(x -> "IX-A".equals(x.get(1)))
                .findFirst()
                .orElseThrow();
        assertEquals(Math.round(total * 100) / 100.0, (Double) row.get(3), 1e-9, "the department's total, rounded");
        assertEquals(
                List.of("Rank", "Unit code", "Unit", "Total"), table.headers().subList(0, 4));
        String csv = new String(TableExport.csv(table), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFRank,Unit code,Unit,Total"), csv);
        assertTrue(csv.contains("IX-A,Sở Chỉ Số,"), csv);
        byte[] xlsx = TableExport.xlsx(table);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ranking", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            assertNotNull(zip.getEntry("xl/workbook.xml"), "an XLSX workbook");
            StringBuilder cells = new StringBuilder();
            for (String name : List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
                try (var in = zip.getInputStream(zip.getEntry(name))) {
                    cells.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            assertTrue(
                    cells.toString().contains("IX-A")
                            && cells.toString().contains("S&#x1edf; Ch&#x1ec9; S&#x1ed1;")
                            && cells.toString().contains(String.valueOf(Math.round(total * 100) / 100.0)),
                    "its cells: " + cells);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
