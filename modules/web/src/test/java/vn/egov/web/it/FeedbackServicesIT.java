package vn.egov.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.feedback.CategoryCatalogue;
import vn.egov.feedback.CitizenActions;
import vn.egov.feedback.NotAllowed;
import vn.egov.feedback.OverdueEscalation;
import vn.egov.feedback.ReportConflict;
import vn.egov.feedback.ReportHandling;
import vn.egov.feedback.ReportIntake;
import vn.egov.feedback.ReportQueries;
import vn.egov.feedback.StaffScope;
import vn.egov.feedback.TooManyReports;
import vn.egov.feedback.api.FeedbackFigures;
import vn.egov.feedback.api.FeedbackStatistics;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.Rating;
import vn.egov.feedback.domain.RejectionKind;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.audit.AuditLog;
import vn.egov.kernel.organisation.OrganisationTree;

/**
 * The feedback module's services inside Payara Micro with the kernel: intake with photos and
 * screening, the staff procedure with its permissions, conflicts, citizens' rating, escalation
 * of overdue reports and the statistics the indices module reads.
 */
@ExtendWith({TestDatabaseServer.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackServicesIT {
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @Deployment
    static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("platform.war", "target/platform.war")))
                .addClasses(FeedbackServicesIT.class, TestDatabaseServer.class, ViewRestore.class, ObservedFacts.class);
    }

    @Inject
    ReportIntake intake;

    @Inject
    ReportHandling handling;

    @Inject
    ReportQueries queries;

    @Inject
    AuditLog audit;

    @Inject
    CitizenActions citizen;

    @Inject
    CategoryCatalogue catalogue;

    @Inject
    OverdueEscalation escalation;

    @Inject
    FeedbackStatistics statistics;

    @Inject
    OrganisationTree organisation;

    @Inject
    AccountRegistry accounts;

    @Inject
    Settings settings;

    @Inject
    StaffScope scope;

    @Inject
    jakarta.enterprise.inject.spi.BeanManager beans;

    @Inject
    ObservedFacts facts;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    @jakarta.persistence.PersistenceContext(unitName = "kernel")
    jakarta.persistence.EntityManager kernel;

    private static OrgUnitView agency;

    /** An agency with an officer and a leader, a screening desk officer, and routing of roads to the agency. */
    private void setUp() {
        if (agency != null) {
            return;
        }
        OrgUnitView province =
                organisation.create("FB-P", "PROVINCE", null, "Tỉnh Thử Nghiệm", LocalDate.of(2000, 1, 1));
        organisation.create("FB-X", "COMMUNE", province.id(), "Xã Thử Nghiệm", LocalDate.of(2025, 7, 1));
        agency = organisation.create(
                "FB-SXD", "AGENCY", province.id(), "Sở Xây dựng Thử Nghiệm", LocalDate.of(2000, 1, 1));
        OrgUnitView desk =
                organisation.create("FB-DESK", "AGENCY", province.id(), "Bộ phận tiếp nhận", LocalDate.of(2000, 1, 1));
        accounts.grant(
                accounts.createStaff("fb.tiepnhan", "Cán bộ Tiếp Nhận", "tn@example.vn", "TiepNhan#2026")
                        .getId(),
                desk.id(),
                Role.OFFICER);
        accounts.grant(
                accounts.createStaff("fb.canbo", "Cán bộ Xử Lý", "xl@example.vn", "XuLy#2026x")
                        .getId(),
                agency.id(),
                Role.OFFICER);
        accounts.grant(
                accounts.createStaff("fb.lanhdao", "Lãnh Đạo Sở", "ld@example.vn", "LanhDao#2026")
                        .getId(),
                agency.id(),
                Role.LEADER);
        accounts.createStaff("fb.khac", "Cán bộ Nơi Khác", "khac@example.vn", "NoiKhac#2026");
        settings.put("feedback.screening.agencyCode", "FB-DESK");
        Long roads = catalogue.all().stream()
                .filter(c -> c.getCode().equals("GIAO_THONG"))
                .findFirst()
                .orElseThrow()
                .getId();
        catalogue.route(roads, null, agency.id());
    }

    private static ReportDraft draft(String title, String description) {
        return new ReportDraft(
                "GIAO_THONG",
                title,
                description,
                "Đường Lý Thái Tổ",
                null,
                21.18,
                106.07,
                false,
                "Nguyễn Thị Hoa",
                "0912345678",
                "hoa@example.vn",
                true,
                List.of());
    }

    private FeedbackReport submit(String title, String address) {
        return intake.submit(
                draft(title, "Đoạn đường có ổ gà sâu, xe máy đi qua rất nguy hiểm vào buổi tối."),
                List.of(new ReportIntake.Photo("o-ga.png", PNG)),
                Channel.WEB,
                null,
                address);
    }

    @Test
    @Order(20)
    void everyViewAndSessionBeanMovesToAnotherServerWithItsServicesAndState() throws Exception {
        setUp();
        List<Class<?>> passivating = ViewRestore.passivatingBeans(beans);
        assertTrue(passivating.size() >= 12, "the pages' view beans: " + passivating);
        for (Class<?> type : passivating) {
            Object restored = ViewRestore.restored(ViewRestore.injected(beans, type));
            for (java.lang.reflect.Field field : ViewRestore.injectedFields(type)) {
                field.setAccessible(true);
                assertNotNull(field.get(restored), type.getSimpleName() + "." + field.getName() + " is lost in a move");
            }
        }
        String code = submit("Biển báo giao thông bị đổ", "10.0.0.20").getTrackingCode();
        vn.egov.feedback.web.TrackReport track = ViewRestore.injected(beans, vn.egov.feedback.web.TrackReport.class);
        track.setCode(code.toLowerCase(java.util.Locale.ROOT));
        track.load();
        vn.egov.feedback.web.TrackReport moved = ViewRestore.restored(track);
        assertEquals(code, moved.getCode());
        assertEquals(
                "Biển báo giao thông bị đổ", moved.getReport().getTitle(), "the restored view reads its report again");
        assertFalse(moved.getPublicTimeline().isEmpty());
    }

    @Test
    @Order(1)
    void aReportWithAPhotoIsReceivedAndBadInputSavesNothing() {
        setUp();
        FeedbackReport report = submit("Ổ gà trên đường Lý Thái Tổ", "10.0.0.1");
        assertTrue(report.getTrackingCode().matches("PA-[2-9A-Z]{8}"));
        assertEquals(ReportStatus.RECEIVED, report.getStatus());
        assertEquals(1, report.getPhotoIds().size());
        int before = queries.inbox("fb.tiepnhan", null, false).size();

        FieldErrors unknown = assertThrows(
                FieldErrors.class,
                () -> intake.submit(
                        new ReportDraft(
                                "KHONG_CO",
                                "Ổ",
                                "Nội dung đủ dài để được chấp nhận.",
                                null,
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                false,
                                List.of()),
                        Channel.WEB,
                        null,
                        "10.0.0.2"));
        assertEquals(
                List.of("category", "title"),
                List.copyOf(unknown.byField().keySet()),
                "an unknown category is reported with the other fields' problems, in the form's order");
        FieldErrors notAPhoto = assertThrows(
                FieldErrors.class,
                () -> intake.submit(
                        draft("Ảnh không hợp lệ", "Kèm một tệp văn bản thay vì ảnh chụp hiện trường."),
                        List.of(new ReportIntake.Photo("ghi-chu.txt", "chỉ là chữ".getBytes(StandardCharsets.UTF_8))),
                        Channel.WEB,
                        null,
                        "10.0.0.3"));
        assertTrue(
                notAPhoto.byField().containsKey("photos"), notAPhoto.byField().toString());
        assertEquals(before, queries.inbox("fb.tiepnhan", null, false).size(), "nothing half-saved");
    }

    @Test
    @Order(2)
    void aPhotoGoesOnlyWithItsUploadersReportAndOnlyOnce() throws Exception {
        setUp();
        FeedbackReport first = submit("Biển báo giao thông bị đổ", "10.0.3.1");
        java.util.UUID used = first.getPhotoIds().get(0);
        FieldErrors again = assertThrows(
                FieldErrors.class, () -> intake.submit(withPhotos(used), Channel.MOBILE, null, "10.0.3.2"));
        assertTrue(again.byField().containsKey("photos"), "a photo already on a report cannot go on another");

        java.util.UUID theirs = java.util.UUID.randomUUID();
        transaction.begin();
        kernel.joinTransaction();
        kernel.createNativeQuery(
                        "insert into kernel.attachment (id, file_name, content_type, size_bytes, sha256, content, owner)"
                                + " values (?, 'cua-nguoi-khac.png', 'image/png', ?, ?, ?, 'fb.khac')")
                .setParameter(1, theirs)
                .setParameter(2, PNG.length)
                .setParameter(3, vn.egov.kernel.api.helpers.Sha256.hex(PNG))
                .setParameter(4, PNG)
                .executeUpdate();
        transaction.commit();
        assertThrows(
                FieldErrors.class,
                () -> intake.submit(withPhotos(theirs), Channel.MOBILE, null, "10.0.3.3"),
                "nor a photo someone else uploaded, though its id is known");
        assertThrows(FieldErrors.class, () -> intake.submit(withPhotos(theirs), Channel.MOBILE, "fb.an", "10.0.3.3"));
        assertEquals(
                null,
                kernel.createNativeQuery("select used_for from kernel.attachment where id = ?")
                        .setParameter(1, theirs)
                        .getSingleResult(),
                "and the refusal left it unused");
        assertEquals(
                "feedback_report " + first.getTrackingCode(),
                kernel.createNativeQuery("select used_for from kernel.attachment where id = ?")
                        .setParameter(1, used)
                        .getSingleResult());
    }

    private static ReportDraft withPhotos(java.util.UUID photo) {
        return new ReportDraft(
                "GIAO_THONG",
                "Ảnh dùng lại",
                "Phản ánh thử dùng ảnh không phải của mình tải lên.",
                "Đường Lý Thái Tổ",
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                false,
                List.of(photo));
    }

    @Test
    @Order(2)
    void aSignedInCitizenWithoutContactDetailsHearsThroughHisAccount() {
        setUp();
        accounts.registerCitizen(new vn.egov.kernel.account.CitizenRegistration(
                "fb.an", "Lê Văn An", "027090003333", "an.le@example.vn", null, "An#Bac-Ninh-26", "An#Bac-Ninh-26"));
        FeedbackReport report = intake.submit(
                new ReportDraft(
                        "GIAO_THONG",
                        "Cống thoát nước bị tắc",
                        "Cống thoát nước đầu ngõ 8 bị tắc, mưa xuống là ngập cả đoạn đường.",
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null,
                        true,
                        List.of()),
                Channel.WEB,
                "fb.an",
                "10.0.0.9");
        assertTrue(report.getContactEmail() == null && report.getContactPhone() == null);
        List<String> subjects = kernel.createQuery(
                        "select n.subject from Notification n where n.recipient = :r order by n.id", String.class)
                .setParameter("r", "an.le@example.vn")
                .getResultList();
        assertEquals(List.of("Đã tiếp nhận phản ánh " + report.getTrackingCode()), subjects);
    }

    @Test
    @Order(2)
    void theProcedureRespectsWhoMayDoWhat() {
        setUp();
        FeedbackReport sent = submit("Đèn đường hỏng ngõ 12", "10.0.1.1");
        String code = sent.getTrackingCode();
        assertThrows(NotAllowed.class, () -> handling.accept(code, version(code), "fb.khac"));
        handling.accept(code, version(code), "fb.tiepnhan");
        FeedbackReport accepted = queries.byCode(code).orElseThrow();
        assertEquals(agency.id(), accepted.getAgencyId(), "routed by the category's rule");
        assertNotNull(accepted.getDeadline());
        assertTrue(queries.inbox("fb.canbo", null, false).stream()
                .anyMatch(r -> r.getTrackingCode().equals(code)));
        assertTrue(queries.inbox("fb.khac", null, false).isEmpty(), "an officer sees only his agencies' reports");
        assertTrue(scope.canView("fb.canbo", accepted) && scope.canView("fb.tiepnhan", accepted));
        assertFalse(scope.canView("fb.khac", accepted), "nor opens another agency's report by its code");
        assertTrue(
                organisation.units().stream()
                        .anyMatch(u -> u.code().equals("FB-SXD")
                                && u.agency()
                                && u.name().equals("Sở Xây dựng Thử Nghiệm")),
                "the whole tree is read at once, with names and kinds");

        assertThrows(
                vn.egov.kernel.api.FieldErrors.class,
                () -> handling.assign(code, version(code), "fb.canbo", "fb.khac"));
        handling.assign(code, version(code), "fb.canbo", "fb.canbo");
        handling.start(code, version(code), "fb.canbo");
        handling.draftAnswer(code, version(code), "fb.canbo", "Sở đã thay bóng đèn ngõ 12 vào ngày 26/11/2026.");
        assertThrows(
                NotAllowed.class, () -> handling.approve(code, version(code), "fb.canbo"), "officers do not approve");
        handling.approve(code, version(code), "fb.lanhdao");
        handling.publish(code, version(code), "fb.canbo");
        assertThrows(
                NotAllowed.class,
                () -> citizen.rate(code, Rating.NOT_SATISFIED, new CitizenActions.Sender(null, null)),
                "the public tracking code alone proves nothing");
        assertThrows(
                NotAllowed.class,
                () -> citizen.rate(
                        code,
                        Rating.NOT_SATISFIED,
                        new CitizenActions.Sender("fb.canbo", "sai-" + sent.getIssuedSenderKey())),
                "nor another account with a wrong key");
        assertThrows(
                NotAllowed.class, () -> citizen.reopen(code, "Không đồng ý", new CitizenActions.Sender(null, null)));
        assertNull(queries.byCode(code).orElseThrow().getRating(), "a refused rating changes nothing");
        assertEquals(43, sent.getIssuedSenderKey().length());
        citizen.rate(code, Rating.SATISFIED, new CitizenActions.Sender(null, sent.getIssuedSenderKey()));
        FeedbackReport done = queries.byCode(code).orElseThrow();
        assertEquals(ReportStatus.CLOSED, done.getStatus(), "a satisfied sender ends the case");
        assertEquals(Rating.SATISFIED, done.getRating());
        assertTrue(
                queries.published("den duong ngo 12", null, null, null, 0).stream()
                        .anyMatch(r -> r.getTrackingCode().equals(code)),
                "found without diacritics");
    }

    @Test
    @Order(21)
    void anAnswerIsToldToOtherModulesOnlyOnceCommitted() throws Exception {
        setUp();
        String kept = answeredUpToPublishing("Cây đổ chắn lối vào trường học", "10.0.1.21");
        String rolledBack = answeredUpToPublishing("Nắp cống vỡ trước chợ", "10.0.1.22");
        transaction.begin();
        handling.publish(rolledBack, version(rolledBack), "fb.canbo");
        assertTrue(
                facts.answers().stream().noneMatch(a -> a.trackingCode().equals(rolledBack)), "not before the commit");
        transaction.rollback();
        handling.publish(kept, version(kept), "fb.canbo");
        List<vn.egov.feedback.api.ReportAnswered> told = facts.answers();
        assertEquals(
                List.of(kept),
                told.stream()
                        .map(vn.egov.feedback.api.ReportAnswered::trackingCode)
                        .filter(c -> c.equals(kept) || c.equals(rolledBack))
                        .toList(),
                "the rolled-back answer was never told");
        vn.egov.feedback.api.ReportAnswered fact = told.stream()
                .filter(a -> a.trackingCode().equals(kept))
                .findFirst()
                .orElseThrow();
        assertEquals(agency.id(), fact.agencyId());
        assertTrue(fact.onTime(), "answered on the day it came");
        assertFalse(
                queries.byCode(rolledBack).orElseThrow().getStatus() == ReportStatus.PUBLISHED,
                "the rolled-back report is not published");
    }

    /** A report taken through the procedure up to an approved answer. */
    private String answeredUpToPublishing(String title, String address) {
        String code = submit(title, address).getTrackingCode();
        handling.accept(code, version(code), "fb.tiepnhan");
        handling.assign(code, version(code), "fb.canbo", "fb.canbo");
        handling.start(code, version(code), "fb.canbo");
        handling.draftAnswer(code, version(code), "fb.canbo", "Sở đã cử đội công trình xử lý xong trong ngày hôm nay.");
        handling.approve(code, version(code), "fb.lanhdao");
        return code;
    }

    @Test
    @Order(3)
    void aSecondOfficerWorkingFromAStaleVersionGetsAConflict() {
        setUp();
        String code = submit("Cống thoát nước bị tắc", "10.0.2.1").getTrackingCode();
        long seen = version(code);
        handling.reject(code, seen, "fb.tiepnhan", RejectionKind.DUPLICATE, "Trùng phản ánh đã tiếp nhận hôm qua.");
        assertThrows(ReportConflict.class, () -> handling.accept(code, seen, "fb.tiepnhan"));
        assertEquals(ReportStatus.REJECTED, queries.byCode(code).orElseThrow().getStatus());
    }

    @Test
    @Order(4)
    void spamIsHeldAndFloodsAreRefused() {
        setUp();
        FeedbackReport spam = intake.submit(
                draft("Nhà cái uy tín", "Tham gia cá cược bóng đá tại www.example.bet nhận thưởng lớn."),
                Channel.WEB,
                null,
                "10.0.3.1");
        assertEquals(ReportStatus.HELD, spam.getStatus());
        assertTrue(spam.getHeldReason().contains("liên kết"), spam.getHeldReason());
        settings.put("feedback.flood.anonymousRefuseAfter", "3");
        settings.put("feedback.flood.refuseAfter", "2");
        try {
            for (int i = 0; i < 3; i++) {
                submit("Phản ánh số " + (i + 1) + " về ổ gà", "10.0.3.9");
            }
            TooManyReports flood =
                    assertThrows(TooManyReports.class, () -> submit("Phản ánh thứ tư về ổ gà", "10.0.3.9"));
            assertTrue(
                    flood.getMessage().contains("đăng nhập"),
                    "an anonymous sender is told how else to report: " + flood.getMessage());

            // a signed-in citizen behind the same address is counted by his account, not by the crowd's address
            FeedbackReport own = intake.submit(
                    draft("Cột điện nghiêng", "Cột điện trước nhà số 3 bị nghiêng sau trận mưa bão."),
                    Channel.WEB,
                    "fb.tuan",
                    "10.0.3.9");
            assertEquals(ReportStatus.RECEIVED, own.getStatus());
            intake.submit(
                    draft("Cột điện nghiêng lần hai", "Cột điện trước nhà số 3 vẫn nghiêng, chưa ai đến xử lý."),
                    Channel.WEB,
                    "fb.tuan",
                    "10.0.3.9");
            assertThrows(
                    TooManyReports.class,
                    () -> intake.submit(
                            draft("Lần ba", "Cột điện trước nhà số 3 vẫn nghiêng, rất nguy hiểm."),
                            Channel.WEB,
                            "fb.tuan",
                            "10.0.3.10"),
                    "and his account's own limit follows him to any address");

            // an Open311 partner has its own limit, whatever its server's address
            vn.egov.feedback.Partner partner = new vn.egov.feedback.Partner("khoa-thu-nghiem", 4);
            for (int i = 0; i < 4; i++) {
                FeedbackReport relayed = intake.submitFromPartner(
                        draft(
                                "Qua ứng dụng đối tác " + i,
                                "Phản ánh chuyển qua ứng dụng đối tác Open311, không phải gửi dồn dập."),
                        partner,
                        "10.0.3.9");
                assertEquals(ReportStatus.RECEIVED, relayed.getStatus(), "a partner's volume is not held as a flood");
            }
            assertThrows(
                    TooManyReports.class,
                    () -> intake.submitFromPartner(
                            draft("Quá giới hạn đối tác", "Phản ánh thứ năm của đối tác trong khoảng thời gian."),
                            partner,
                            "10.0.3.11"));
        } finally {
            settings.put("feedback.flood.anonymousRefuseAfter", "30");
            settings.put("feedback.flood.refuseAfter", "10");
        }
    }

    @Test
    @Order(6)
    void reportsSentAtOnceShareTransactionsYetEachSenderKeepsTheFloodLimit() throws Exception {
        setUp();
        settings.put("feedback.flood.anonymousRefuseAfter", "3");
        ManagedExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        try {
            List<Future<FeedbackReport>> sent = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String address = i % 2 == 0 ? "10.0.6.2" : "10.0.6.3";
                String title = "Đèn đường số " + (i + 1) + " không sáng";
                sent.add(threads.submit(() -> intake.submit(
                        draft(title, "Đèn đường trong khu phố không sáng nhiều đêm liền, rất nguy hiểm."),
                        Channel.MOBILE,
                        null,
                        address)));
            }
            List<String> codes = new ArrayList<>();
            int refused = 0;
            for (Future<FeedbackReport> answer : sent) {
                try {
                    codes.add(answer.get(60, TimeUnit.SECONDS).getTrackingCode());
                } catch (ExecutionException e) {
                    assertInstanceOf(TooManyReports.class, e.getCause());
                    refused++;
                }
            }
            assertEquals(6, codes.size(), "three from each address");
            assertEquals(6, refused);
            assertEquals(6, codes.stream().distinct().count());
            codes.forEach(code -> assertTrue(queries.byCode(code).isPresent(), code + " stored"));
            // the refusals are audited, and their entries are kept (they commit with the reports written beside them)
            long audited = audit.latest(200).stream()
                    .filter(e -> e.getAction().equals("feedback.floodRefused"))
                    .filter(e -> e.getDetail().startsWith("from 10.0.6.2,")
                            || e.getDetail().startsWith("from 10.0.6.3,"))
                    .count();
            assertEquals(6, audited);
        } finally {
            settings.put("feedback.flood.anonymousRefuseAfter", "30");
        }
    }

    @Test
    @Order(5)
    void overdueReportsAreEscalatedOnceAndFiguresAreComputed() {
        setUp();
        String code = submit("Vỉa hè bị lấn chiếm", "10.0.4.1").getTrackingCode();
        handling.accept(code, version(code), "fb.tiepnhan");
        LocalDate deadline = queries.byCode(code).orElseThrow().getDeadline();
        assertTrue(escalation.escalate(deadline.plusDays(1)) >= 1);
        assertEquals(0, escalation.escalate(deadline.plusDays(1)), "escalated once");
        assertTrue(queries.byCode(code).orElseThrow().getTimeline().stream()
                .anyMatch(e -> e.getKind().equals("ESCALATED")));

        LocalDate today = LocalDate.now(vn.egov.kernel.api.helpers.VietnameseDates.ZONE);
        FeedbackFigures province = statistics
                .figures(today.minusDays(1), today, FeedbackStatistics.Grouping.PROVINCE)
                .get(0);
        assertTrue(province.received() >= 8, "received " + province.received());
        assertTrue(province.handled() >= 2, "handled " + province.handled());
        assertEquals(1.0, province.satisfactionRate());
        FeedbackFigures ofAgency = statistics.figures(today, today, FeedbackStatistics.Grouping.AGENCY).stream()
                .filter(f -> agency.id().equals(f.groupId()))
                .findFirst()
                .orElseThrow();
        assertEquals("Sở Xây dựng Thử Nghiệm", ofAgency.groupName());
        assertEquals(1, ofAgency.handledOnTime());
    }

    private long version(String code) {
        return queries.byCode(code).orElseThrow().getVersion();
    }
}
