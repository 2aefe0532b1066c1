package vn.egov.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.account.CitizenRegistration;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.organisation.OrganisationTree;
import vn.egov.payments.CounterPayments;
import vn.egov.payments.ReceiptSeriesBook;
import vn.egov.payments.api.FeeOrders;
import vn.egov.payments.domain.CounterKind;
import vn.egov.procedures.Catalogue;
import vn.egov.procedures.Desks;
import vn.egov.procedures.DossierClocks;
import vn.egov.procedures.DossierIntake;
import vn.egov.procedures.DossierQueries;
import vn.egov.procedures.DossierWork;
import vn.egov.procedures.OneStopForms;
import vn.egov.procedures.PortalSender;
import vn.egov.procedures.ProceduresModule;
import vn.egov.procedures.domain.Channel;
import vn.egov.procedures.domain.DeadlineUnit;
import vn.egov.procedures.domain.Desk;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.DossierStatus;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.Handover;
import vn.egov.procedures.domain.IllegalDossierStep;
import vn.egov.procedures.domain.OnTimeClass;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.procedures.domain.ResultDelivery;
import vn.egov.procedures.domain.Tier;
import vn.egov.signing.SecondFactors;
import vn.egov.signing.api.PersonalSignatures;
import vn.egov.signing.api.SignatureVerification;
import vn.egov.signing.factor.Totp;

/**
 * The procedures module inside Payara Micro: an online dossier from submission through a
 * supplement request and a sent-back draft to the leader's signed result, returned; a walk-in
 * dossier whose fee is taken at the counter before the desk may receive it; and the national
 * portal's receiver, down at first, getting every transition once and in order per dossier.
 */
@ExtendWith({TestDatabaseServer.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProceduresServicesIT {
    private static final String CCCD = "027096004567";
    private static final String IDENTIFIER = "000.00.99.H99";
    private static PortalReceiver receiver;
    private static long deskId;
    private static long agencyId;
    private static String leaderSecret;
    private static long lastLeaderStep;

    /** The leader's next authenticator code: a time step not used yet (a used one is a replay). */
    private static String leaderCode() throws InterruptedException {
        while (Instant.now().plusSeconds(30).getEpochSecond() / 30 <= lastLeaderStep) {
            Thread.sleep(500);
        }
        Instant at = Instant.now().plusSeconds(30);
        lastLeaderStep = at.getEpochSecond() / 30;
        return Totp.codeAt(leaderSecret, at);
    }

    private static final List<String> codes = new ArrayList<>();

    @Deployment
    static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("platform.war", "target/platform.war")))
                .addClasses(
                        ProceduresServicesIT.class, TestDatabaseServer.class, ActingCaller.class, PortalReceiver.class);
    }

    @Inject
    Catalogue catalogue;

    @Inject
    Desks desks;

    @Inject
    DossierIntake intake;

    @Inject
    DossierWork work;

    @Inject
    DossierQueries queries;

    @Inject
    DossierClocks clocks;

    @Inject
    OneStopForms forms;

    @Inject
    PortalSender portal;

    @Inject
    vn.egov.procedures.SubmissionSlips slips;

    @Inject
    Attachments attachments;

    @Inject
    Settings settings;

    @Inject
    OrganisationTree organisation;

    @Inject
    AccountRegistry accounts;

    @Inject
    SecondFactors factors;

    @Inject
    SignatureVerification verification;

    @Inject
    FeeOrders feeOrders;

    @Inject
    CounterPayments counter;

    @Inject
    ReceiptSeriesBook series;

    @Inject
    vn.egov.procedures.api.DossierFigures figures;

    @Inject
    vn.egov.procedures.PaymentsFeed paymentsFeed;

    private static long provinceId;

    @jakarta.persistence.PersistenceContext(unitName = "procedures")
    jakarta.persistence.EntityManager em;

    /**
     * The server's transaction manager, from its global name: the injected UserTransaction looks
     * itself up under java:comp on every call, which failed now and then in this test (WELD-000044)
     * after the signing steps.
     */
    private static jakarta.transaction.TransactionManager transaction() throws javax.naming.NamingException {
        return (jakarta.transaction.TransactionManager)
                new javax.naming.InitialContext().lookup("java:appserver/TransactionManager");
    }

    /** Units, people, desks, two procedures, the leader's authenticator and a portal receiver that is down at first. */
    private synchronized void ready() throws Exception {
        if (receiver != null) {
            return;
        }
        receiver = new PortalReceiver(3);
        settings.put(ProceduresModule.PORTAL_URL.key(), receiver.url());
        OrgUnitView province = organisation.create("PR-P", "PROVINCE", null, "Tỉnh Thủ Tục", LocalDate.of(2000, 1, 1));
        OrgUnitView centre = organisation.create(
                "PR-TTHC",
                "AGENCY",
                province.id(),
                "Trung tâm Phục vụ hành chính công Thủ Tục",
                LocalDate.of(2000, 1, 1));
        OrgUnitView department =
                organisation.create("PR-SXD", "AGENCY", province.id(), "Sở Xây dựng Thủ Tục", LocalDate.of(2000, 1, 1));
        deskId = centre.id();
        provinceId = province.id();
        agencyId = department.id();
        desks.save(new Desk(deskId, deskId, IDENTIFIER));
        desks.save(new Desk(agencyId, deskId, IDENTIFIER));
        accounts.verifyIdentity(
                accounts.registerCitizen(new CitizenRegistration(
                                "pr.congdan",
                                "Phạm Thị Hoa",
                                CCCD,
                                "hoa@example.vn",
                                "0912000111",
                                "Hoa#Bac-Ninh-26",
                                "Hoa#Bac-Ninh-26"))
                        .getId(),
                "test");
        staff("pr.motcua", "Vũ Thị Một Cửa", Role.OFFICER, deskId, agencyId);
        staff("pr.chuyenvien", "Ngô Văn Chuyên", Role.OFFICER, agencyId);
        staff("pr.lanhdao", "Đặng Văn Lãnh", Role.LEADER, agencyId);
        SecondFactors.Enrolment enrolment = factors.enrol("pr.lanhdao");
        factors.check("pr.lanhdao", Totp.codeAt(enrolment.secret(), Instant.now()));
        lastLeaderStep = Instant.now().getEpochSecond() / 30;
        leaderSecret = enrolment.secret();
        series.register(new ReceiptSeriesBook.SeriesForm(
                agencyId, "01BLP0-001", "PR-26E", 1, 999, "Sở Xây dựng Thủ Tục", "2300000019", "Bắc Ninh"));
        procedure("9.100001", "Cấp giấy phép thử nghiệm", FeeTiming.NONE, List.of());
        procedure(
                "9.100003",
                "Cấp giấy phép thử nghiệm, lệ phí khi nhận kết quả",
                FeeTiming.AFTER,
                List.of(ProcedurePart.fee("LP-PR3", "Lệ phí thử nghiệm", "CHARGE", 30_000)));
        procedure(
                "9.100002",
                "Cấp giấy phép thử nghiệm có lệ phí",
                FeeTiming.BEFORE,
                List.of(ProcedurePart.fee("LP-PR", "Lệ phí thử nghiệm", "CHARGE", 50_000)));
    }

    private void staff(String username, String name, Role role, long... units) {
        var account = accounts.createStaff(username, name, username.replace(".", "") + "@example.vn", "CanBo#2026-Thu");
        for (long unit : units) {
            accounts.grant(account.getId(), unit, role);
        }
    }

    private void procedure(String code, String name, FeeTiming timing, List<ProcedurePart> fees) {
        List<ProcedurePart> parts = new ArrayList<>(List.of(
                ProcedurePart.component("Đơn đề nghị", 1, 0, 0, null, false, true),
                ProcedurePart.component("Bản vẽ", 1, 0, 0, null, true, false),
                ProcedurePart.field("address", "Địa điểm", vn.egov.procedures.domain.InputType.TEXT, true),
                ProcedurePart.step("Tiếp nhận", "OFFICER", "PR-TTHC", 10),
                ProcedurePart.step("Thẩm định", "OFFICER", null, 70),
                ProcedurePart.step("Phê duyệt", "LEADER", null, 20)));
        parts.addAll(fees);
        catalogue.publish(
                new Procedure.Facts(
                        code,
                        name,
                        "XD",
                        "Hoạt động xây dựng",
                        Tier.PROVINCE,
                        OnlineLevel.FULL,
                        5,
                        DeadlineUnit.DAYS,
                        timing,
                        "Giấy phép",
                        "Luật Xây dựng 2014",
                        "Trung tâm Phục vụ hành chính công",
                        // the online flow's procedure asks for a sealed copy of its result
                        code.equals("9.100001")),
                List.of(agencyId),
                parts,
                LocalDate.of(2025, 7, 1),
                "test");
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private Dossier dossier(String code) {
        return queries.byCode(code).orElseThrow();
    }

    private long v(String code) {
        return dossier(code).getVersion();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private DossierPart form(String code, String formKind) {
        return queries.parts(dossier(code).getId()).stream()
                .filter(p -> formKind.equals(p.getFormKind()))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + formKind + " form on " + code));
    }

    private DossierPart waitForForm(String code, String formKind) throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            var found = queries.parts(dossier(code).getId()).stream()
                    .filter(p -> formKind.equals(p.getFormKind()))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + formKind + " form on " + code + " after 15 s");
    }

    @Test
    @Order(1)
    void anOnlineDossierGoesThroughASupplementAndASentBackDraftToASignedResultReturned() throws Exception {
        ready();
        DossierIntake.DossierForm form = new DossierIntake.DossierForm(
                "9.100001",
                null,
                "Xin cấp giấy phép cho nhà ở số 12",
                Map.of("address", "Phường Kinh Bắc"),
                ResultDelivery.ONLINE,
                "0912000111",
                null,
                null);
        Dossier draft = intake.saveDraft("pr.congdan", null, form);
        assertEquals(DossierStatus.DRAFT, draft.getStatus());
        assertEquals(
                "refusal.componentMissing",
                assertThrows(vn.egov.kernel.api.FieldErrors.class, () -> intake.submit("pr.congdan", draft.getId()))
                        .messages()
                        .get("component1")
                        .key(),
                "a required component is missing");
        assertThrows(Refusal.class, () -> intake.submit("pr.chuyenvien", draft.getId()), "only its citizen submits it");
        UUID file = attachments.store("don-de-nghi.pdf", pdf()).id();
        intake.attach("pr.congdan", draft.getId(), 1, file);
        Dossier submitted = intake.submit("pr.congdan", draft.getId());
        String code = submitted.getCode();
        codes.add(code);
        assertTrue(code.matches(java.util.regex.Pattern.quote(IDENTIFIER) + "-\\d{6}-\\d{4}"), code);
        assertEquals(1, submitted.getStatus().portalCode());

        // the submission slip comes at once, made outside the request (here or by the module's job)
        while (slips.makeOne()) {
            // every waiting slip
        }
        DossierPart submittedSlip = waitForForm(code, "SUBMITTED");
        assertTrue(submittedSlip.isSigned(), "the submission slip is sealed by the centre");
        String submittedText = text(submittedSlip.getContent());
        assertTrue(
                submittedText.contains(code)
                        && submittedText.contains("PHIẾU XÁC NHẬN NỘP HỒ SƠ TRỰC TUYẾN")
                        && submittedText.contains("Đơn đề nghị")
                        && submittedText.contains("Ngày hẹn trả dự kiến"),
                submittedText);
        assertEquals(
                0L,
                ((Number) em.createNativeQuery(
                                        "select count(*) from procedures.dossier where slip_pending and code = ?1")
                                .setParameter(1, code)
                                .getSingleResult())
                        .longValue(),
                "no slip left waiting");

        // only the desk receives; the clock starts from the receipt
        assertThrows(Refusal.class, () -> work.receive("pr.chuyenvien", code, v(code)));
        assertThrows(Refusal.class, () -> work.receive("pr.motcua", code, v(code) - 1), "a stale page is refused");
        Dossier received = work.receive("pr.motcua", code, v(code));
        assertEquals(DossierStatus.RECEIVED, received.getStatus());
        assertEquals(
                clocks.clock()
                        .dueAt(received.getReceivedAt(), 5, DeadlineUnit.DAYS)
                        .toInstant(),
                received.getDueAt().toInstant());
        DossierPart slip = form(code, "RECEIPT");
        assertTrue(slip.isSigned(), "the receipt slip is sealed by the centre");
        String slipText = text(slip.getContent());
        assertTrue(slipText.contains(code) && slipText.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), slipText);
        assertTrue(slipText.contains("Phạm Thị Hoa") && slipText.contains("Đơn đề nghị"), slipText);
        var sealCheck = verification.verify(slip.getContent());
        assertTrue(sealCheck.valid(), sealCheck.toString());
        assertTrue(sealCheck.signatures().get(0).signer().contains("Trung tâm Phục vụ hành chính công Thủ Tục"));

        work.handOver("pr.motcua", code, v(code), agencyId, Role.OFFICER, null, null);
        assertEquals(DossierStatus.PROCESSING, dossier(code).getStatus());

        // the specialist asks for more: the clock pauses; the citizen completes it and it resumes
        OffsetDateTime dueBefore = dossier(code).getDueAt();
        work.requestSupplement("pr.chuyenvien", code, v(code), "Bổ sung bản vẽ mặt bằng tầng 1");
        Dossier paused = dossier(code);
        assertEquals(5, paused.getStatus().portalCode());
        assertNotNull(paused.getPausedAt());
        assertTrue(text(form(code, "SUPPLEMENT").getContent()).contains("Bổ sung bản vẽ mặt bằng tầng 1"));
        assertTrue(queries.lookup(code, CCCD).isPresent(), "the public lookup with the owner's CCCD");
        assertTrue(queries.lookup(code, "0912000111").isPresent(), "or his phone");
        assertTrue(queries.lookup(code, "027096009999").isEmpty(), "another number shows nothing");
        intake.attach(
                "pr.congdan",
                paused.getId(),
                2,
                attachments.store("ban-ve.pdf", pdf()).id());
        Dossier resumed = intake.resubmit("pr.congdan", code, v(code));
        assertEquals(DossierStatus.PROCESSING, resumed.getStatus());
        var clock = clocks.clock();
        long pausedMinutes = clock.workingMinutesBetween(paused.getPausedAt(), resumed.getUpdatedAt());
        assertEquals(pausedMinutes, resumed.getPausedMinutes());
        assertEquals(
                clock.addWorkingMinutes(dueBefore, pausedMinutes).toInstant(),
                resumed.getDueAt().toInstant());

        // a draft result goes to the leader, who sends it back once, then signs it with his code
        work.submitForApproval(
                "pr.chuyenvien", code, v(code), "Giấy phép thử nghiệm", forms.draftResult(dossier(code)));
        assertThrows(
                Refusal.class, () -> work.sendBack("pr.chuyenvien", code, v(code), "x"), "officers do not approve");
        work.sendBack("pr.lanhdao", code, v(code), "Ghi rõ địa điểm");
        work.submitForApproval(
                "pr.chuyenvien", code, v(code), "Giấy phép thử nghiệm", forms.draftResult(dossier(code)));
        assertThrows(
                PersonalSignatures.SigningRefused.class, () -> work.signResult("pr.lanhdao", code, v(code), "000000"));
        assertEquals(DossierStatus.AWAITING_APPROVAL, dossier(code).getStatus(), "nothing signed, nothing moved");
        Dossier signed = work.signResult("pr.lanhdao", code, v(code), leaderCode());
        assertEquals(DossierStatus.PROCESSED, signed.getStatus());
        assertTrue(signed.getOnTime() == OnTimeClass.EARLY || signed.getOnTime() == OnTimeClass.ON_TIME);
        DossierPart result = queries.parts(signed.getId()).stream()
                .filter(p -> DossierPart.RESULT.equals(p.getKind()))
                .findFirst()
                .orElseThrow();
        assertTrue(result.isSigned());
        var check = verification.verify(result.getContent());
        assertTrue(check.valid(), check.toString());
        assertEquals("Đặng Văn Lãnh", check.signatures().get(0).signer());
        // the procedure asks for a copy sealed by the agency: the leader's signature and the seal over it
        DossierPart copy = queries.parts(signed.getId()).stream()
                .filter(p -> vn.egov.procedures.OneStopForms.SEALED_COPY.equals(p.getFormKind()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sealed copy"));
        var copyCheck = verification.verify(copy.getContent());
        assertTrue(copyCheck.valid(), copyCheck.toString());
        var seal = copyCheck.signatures().get(copyCheck.signatures().size() - 1);
        assertTrue(
                seal.signer().contains("Thủ Tục") && seal.reason().startsWith("Bản sao có đóng dấu của cơ quan"),
                "the agency's seal comes last, over the leader's signature: " + copyCheck);
        assertTrue(
                copyCheck.signatures().stream().anyMatch(x -> x.signer().equals("Đặng Văn Lãnh"))
                        && copyCheck.signatures().stream()
                                .anyMatch(x -> x.signer().contains("Thủ Tục")),
                copyCheck.toString());

        Dossier returned = work.returnResult("pr.motcua", code, v(code));
        assertEquals(10, returned.getStatus().portalCode());
        List<?> notices = em.createNativeQuery(
                        "select subject from kernel.notification where recipient = 'hoa@example.vn' and subject like ?1 order by id")
                .setParameter(1, "%" + code + "%")
                .getResultList();
        assertEquals(4, notices.size(), "received, supplement asked, decided, returned: " + notices);
        assertTrue(
                notices.get(0).toString().contains(code)
                        && notices.get(0).toString().contains("Đã tiếp nhận"),
                notices.toString());
        intake.rate("pr.congdan", code, 5);

        List<DossierAction> sheet = queries.controlSheet(returned.getId()).stream()
                .map(Handover::getAction)
                .toList();
        assertEquals(
                List.of(
                        DossierAction.SUBMIT,
                        DossierAction.RECEIVE,
                        DossierAction.HAND_OVER,
                        DossierAction.REQUEST_SUPPLEMENT,
                        DossierAction.RESUBMIT,
                        DossierAction.SUBMIT_FOR_APPROVAL,
                        DossierAction.SEND_BACK,
                        DossierAction.SUBMIT_FOR_APPROVAL,
                        DossierAction.SIGN_RESULT,
                        DossierAction.RETURN_RESULT,
                        DossierAction.RATE),
                sheet);
        long first = queries.controlSheet(returned.getId()).get(0).getId();
        transaction().begin();
        try {
            assertThrows(
                    jakarta.persistence.PersistenceException.class,
                    () -> em.createNativeQuery("delete from procedures.handover where id = " + first)
                            .executeUpdate(),
                    "the control sheet is append-only");
        } finally {
            transaction().rollback();
        }
        var controlSheet = text(forms.controlSheet(returned, queries.controlSheet(returned.getId())));
        assertTrue(controlSheet.contains("pr.lanhdao") && controlSheet.contains("Ghi rõ địa điểm"), controlSheet);
    }

    @Test
    @Order(2)
    void aWalkInDossierIsReceivedOnlyOnceItsFeeIsPaidAtTheCounter() throws Exception {
        ready();
        Dossier d = intake.walkIn(
                "pr.motcua",
                new DossierIntake.WalkInOwner(false, "Phạm Thị Hoa", CCCD, "0912000111", null, "Bắc Ninh"),
                new DossierIntake.DossierForm(
                        "9.100002",
                        agencyId,
                        "Xin cấp giấy phép, nộp trực tiếp",
                        Map.of("address", "Phường Võ Cường"),
                        ResultDelivery.DESK,
                        null,
                        null,
                        null),
                Channel.IN_PERSON);
        String code = d.getCode();
        codes.add(code);
        assertEquals("pr.congdan", d.getApplicantUsername(), "the citizen is found by his CCCD");
        assertEquals(Channel.IN_PERSON, d.getChannel());
        assertNotNull(d.getFeeOrderCode(), "a fee due before receipt is ordered at once");
        DossierPart scan = intake.attach(
                "pr.motcua", d.getId(), 1, attachments.store("scan.pdf", pdf()).id());
        assertTrue(scan.isDigitised());
        assertEquals("pr.motcua", scan.getDigitisedBy());
        Refusal unpaid = assertThrows(Refusal.class, () -> work.receive("pr.motcua", code, v(code)));
        assertEquals("refusal.feeUnpaid", unpaid.text().key());

        ActingCaller.as("pr.motcua");
        try {
            counter.record(d.getFeeOrderCode(), 50_000, CounterKind.CASH, null);
        } finally {
            ActingCaller.as(null);
        }
        assertEquals(
                FeeOrders.OrderStatus.PAID,
                feeOrders.find(d.getFeeOrderCode()).orElseThrow().status());
        Dossier received = work.receive("pr.motcua", code, v(code));
        assertEquals(DossierStatus.RECEIVED, received.getStatus());
        assertTrue(queries.parts(received.getId()).stream().anyMatch(p -> "RECEIPT".equals(p.getFormKind())));
        assertTrue(
                queries.box(DossierQueries.Box.TO_CHECK, Set.of(deskId), Set.of(), code, 0, 10).stream()
                        .anyMatch(x -> x.getCode().equals(code)),
                "the received dossier waits in the desk's box, found by its code");
        assertTrue(
                queries.box(DossierQueries.Box.TO_CHECK, Set.of(deskId), Set.of(), CCCD, 0, 10)
                                .size()
                        >= 1,
                "or the CCCD");

        // the next walk-in dossier of the day takes the next number
        Dossier next = intake.walkIn(
                "pr.motcua",
                new DossierIntake.WalkInOwner(true, "Công ty TNHH Thủ Tục", "0101234567", null, null, null),
                new DossierIntake.DossierForm(
                        "9.100001",
                        agencyId,
                        "Xin cấp giấy phép cho doanh nghiệp",
                        Map.of("address", "KCN Quế Võ"),
                        ResultDelivery.POST,
                        null,
                        null,
                        null),
                Channel.POST);
        codes.add(next.getCode());
        long a = Long.parseLong(code.substring(code.lastIndexOf('-') + 1));
        long b = Long.parseLong(next.getCode().substring(next.getCode().lastIndexOf('-') + 1));
        assertEquals(a + 1, b);
        // asked to complete it, the business brings the paper to the desk, which scans it and records the completion
        work.askCompletion(
                "pr.motcua", next.getCode(), v(next.getCode()), "Thiếu giấy chứng nhận đăng ký doanh nghiệp");
        DossierPart brought = intake.attach(
                "pr.motcua",
                next.getId(),
                2,
                attachments.store("dkdn.pdf", pdf()).id());
        assertTrue(brought.isDigitised());
        assertThrows(
                Refusal.class,
                () -> intake.resubmit("pr.chuyenvien", next.getCode(), v(next.getCode())),
                "only its citizen or the desk records a completion");
        intake.resubmit("pr.motcua", next.getCode(), v(next.getCode()));
        assertEquals(DossierStatus.SUBMITTED, dossier(next.getCode()).getStatus());
        work.refuse("pr.motcua", next.getCode(), v(next.getCode()), "Không thuộc thẩm quyền");
        assertEquals(3, dossier(next.getCode()).getStatus().portalCode());
        assertTrue(text(form(next.getCode(), "REFUSAL").getContent()).contains("Không thuộc thẩm quyền"));
        assertThrows(IllegalDossierStep.class, () -> work.stop("pr.motcua", next.getCode(), v(next.getCode()), "x"));
    }

    @Test
    @Order(3)
    void thePortalReceiverGetsEveryTransitionOnceAndInOrderAfterAnOutage() throws Exception {
        ready();
        // a message refused now is not tried again before its back-off has passed
        receiver.failNext(1);
        int delivered = receiver.deliveries().size();
        intake.rate("pr.congdan", codes.get(0), 4); // a new step, so that something is due
        // sent by this test or by the module's job (every 10 s), whichever comes first
        for (int i = 0; i < 150 && receiver.deliveries().size() == delivered; i++) {
            if (!portal.sendOne()) {
                Thread.sleep(100);
            }
        }
        assertTrue(receiver.deliveries().size() > delivered, "a message was due and tried");
        PortalReceiver.Delivery refused = receiver.deliveries().get(delivered);
        assertEquals(503, refused.answered());
        while (portal.sendOne()) {
            // others' messages may go; the refused one waits
        }
        assertEquals(
                1,
                receiver.deliveries().stream()
                                .filter(x -> x.id() == refused.id())
                                .count()
                        - receiver.deliveries().subList(0, delivered).stream()
                                .filter(x -> x.id() == refused.id())
                                .count(),
                "tried once, then it waits for its back-off");
        // the first tries met the outage (503); bring their retries forward instead of waiting
        for (int round = 0; round < 20; round++) {
            transaction().begin();
            em.createNativeQuery(
                            "update procedures.portal_message set next_try_at = now() - interval '1 second' where state <> 'SENT'")
                    .executeUpdate();
            transaction().commit();
            while (portal.sendOne()) {
                // one message per call
            }
            if (portal.counts().pending() + portal.counts().failed() == 0) {
                break;
            }
            Thread.sleep(200);
        }
        PortalSender.Counts counts = portal.counts();
        assertEquals(0, counts.pending() + counts.failed(), counts.toString());
        assertTrue(counts.reconciled(), counts.toString());
        List<PortalReceiver.Delivery> all = receiver.deliveries();
        assertTrue(all.stream().anyMatch(x -> x.answered() == 503), "the outage was met");
        List<PortalReceiver.Delivery> accepted =
                all.stream().filter(x -> x.answered() == 200).toList();
        Set<Long> seen = new HashSet<>();
        for (PortalReceiver.Delivery x : accepted) {
            assertTrue(seen.add(x.id()), "message " + x.id() + " accepted twice");
        }
        assertEquals(counts.messages(), accepted.size(), "every message accepted once");
        Map<String, Long> lastPerDossier = new HashMap<>();
        for (PortalReceiver.Delivery x : accepted) {
            String dossier = jakarta.json.Json.createReader(new java.io.StringReader(x.body()))
                    .readObject()
                    .getString("MaHoSo");
            Long before = lastPerDossier.put(dossier, x.id());
            assertTrue(before == null || before < x.id(), "in order for " + dossier);
        }
        for (String code : codes) {
            assertTrue(lastPerDossier.containsKey(code), code + " was synced");
        }
        String returned = accepted.stream()
                .map(PortalReceiver.Delivery::body)
                .filter(body -> body.contains("\"Kind\":\"DOSSIER\"") && body.contains(codes.get(0)))
                .reduce((x, y) -> y)
                .orElseThrow();
        var data = jakarta.json.Json.createReader(new java.io.StringReader(returned))
                .readObject()
                .getJsonObject("Data");
        assertEquals(10, data.getInt("TrangThaiHoSo"));
        assertEquals(2, data.getInt("KenhThucHien"));
        assertEquals("9.100001", data.getString("MaTTHC"));
        var resultDocuments = data.getJsonArray("DanhSachGiayToKetQua");
        assertEquals(2, resultDocuments.size(), "the signed result and its sealed copy: " + resultDocuments);
        assertTrue(resultDocuments.getJsonObject(1).getString("TenGiayTo").startsWith("Bản sao có đóng dấu"));
        assertEquals(1, data.getJsonArray("DanhSachHoSoBoSung").size());

        // without an endpoint nothing is sent and the outbox says so
        settings.put(ProceduresModule.PORTAL_URL.key(), "");
        Thread.sleep(5_100); // settings are cached for up to 5 s
        assertFalse(portal.configured());
        assertFalse(portal.sendOne());
    }

    /**
     * The figures for the indices, against what the steps above did (written from the steps, not
     * from the code): two dossiers received today in the province (one online, one in person; the
     * business's refused one never was), one decided by its due time with a supplement, an
     * electronic signed result and a rating (5, then 4); the walk-in one still in time, digitised at the
     * desk, bearing a fee paid at the counter.
     */
    @Test
    @Order(4)
    void theFiguresForTheIndicesCountWhatTheStepsDid() throws Exception {
        ready();
        while (paymentsFeed.catchUp(100) > 0) {
            // payments' facts about the walk-in's fee
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        var f = figures.of(provinceId, null, today, today);
        assertEquals(2, f.received(), f.toString());
        assertEquals(1, f.receivedOnline());
        assertEquals(1, f.receivedInPerson());
        assertEquals(0, f.receivedByPost());
        assertEquals(0.5, f.onlineRate(), 1e-9);
        assertEquals(1, f.processed());
        assertEquals(1, f.early() + f.onTime());
        assertEquals(0, f.late());
        assertEquals(1.0, f.onTimeRate(), 1e-9);
        assertEquals(1, f.stillInTime());
        assertEquals(0, f.overdue());
        assertEquals(1, f.withSupplement());
        assertEquals(0, f.withSecondSupplement());
        assertEquals(1, f.electronicResults());
        assertEquals(1, f.signedResults());
        assertEquals(1, f.digitised());
        assertEquals(0, f.reused());
        assertEquals(1, f.feeBearing());
        assertEquals(0, f.paidOnline(), "paid at the counter");
        assertEquals(1, f.rated());
        assertEquals(4.0, f.averageRating(), 1e-9, "rated 5, then 4");
        assertEquals(1, f.satisfied());
        assertEquals(f, figures.of(agencyId, null, today, today), "the department holds all of the province's here");
        assertEquals(0, figures.of(deskId, null, today, today).received(), "the centre receives but does not decide");
        assertEquals(1, figures.of(provinceId, "9.100002", today, today).received(), "one procedure");
        assertEquals(
                0,
                figures.of(provinceId, null, today.minusDays(1), today.minusDays(1))
                        .received(),
                "another day");
        var online = figures.behind(
                provinceId, null, today, today, vn.egov.procedures.api.DossierFigures.Figure.RECEIVED_ONLINE, 0, 10);
        assertEquals(List.of(codes.get(0)), online.stream().map(r -> r.code()).toList());
        assertEquals(
                "/office/procedures/dossier.xhtml?code=" + codes.get(0),
                online.get(0).path());
        assertEquals(10, online.get(0).portalStatus());
        assertEquals(
                List.of(codes.get(1)),
                figures
                        .behind(
                                provinceId,
                                null,
                                today,
                                today,
                                vn.egov.procedures.api.DossierFigures.Figure.FEE_BEARING,
                                0,
                                10)
                        .stream()
                        .map(r -> r.code())
                        .toList());
        var perAgency = figures.perAgency(null, today, today);
        assertEquals(
                2,
                perAgency.stream()
                        .filter(a -> a.agencyId() == agencyId)
                        .findFirst()
                        .orElseThrow()
                        .figures()
                        .received());
        Dossier walkIn = dossier(codes.get(1));
        assertNotNull(walkIn.getFeePaidAt(), "payments' fact was read");
        assertEquals(Boolean.FALSE, walkIn.getFeePaidOnline());
    }

    /**
     * A fee asked during processing (a financial obligation, portal status 6) pauses the clock; paid
     * at the counter, payments' fact resumes the dossier with its due time moved by the time it waited.
     */
    @Test
    @Order(5)
    void aFeeAskedDuringProcessingPausesTheClockUntilItIsPaid() throws Exception {
        ready();
        Dossier d = intake.walkIn(
                "pr.motcua",
                new DossierIntake.WalkInOwner(false, "Phạm Thị Hoa", CCCD, "0912000111", null, null),
                new DossierIntake.DossierForm(
                        "9.100003",
                        agencyId,
                        "Xin cấp giấy phép, lệ phí khi nhận kết quả",
                        Map.of("address", "Phường Đại Phúc"),
                        ResultDelivery.DESK,
                        null,
                        null,
                        null),
                Channel.IN_PERSON);
        String code = d.getCode();
        intake.attach(
                "pr.motcua", d.getId(), 1, attachments.store("don.pdf", pdf()).id());
        work.receive("pr.motcua", code, v(code));
        assertNotNull(dossier(code).getFeeOrderCode(), "a fee due after receipt is ordered at receipt");
        work.handOver("pr.motcua", code, v(code), agencyId, Role.OFFICER, null, null);
        assertThrows(Refusal.class, () -> work.requestFee("pr.motcua-khac", code, v(code)));
        Dossier asked = work.requestFee("pr.chuyenvien", code, v(code));
        assertEquals(6, asked.getStatus().portalCode());
        assertNotNull(asked.getPausedAt());
        OffsetDateTime pausedAt = dossier(code).getPausedAt();
        OffsetDateTime dueBefore = dossier(code).getDueAt();
        ActingCaller.as("pr.motcua");
        try {
            counter.record(asked.getFeeOrderCode(), 30_000, CounterKind.CASH, null);
        } finally {
            ActingCaller.as(null);
        }
        while (paymentsFeed.catchUp(100) > 0) {
            // payments' fact of this payment
        }
        Dossier resumed = dossier(code);
        assertEquals(DossierStatus.PROCESSING, resumed.getStatus());
        assertEquals(null, resumed.getPausedAt());
        var clock = clocks.clock();
        long waited = clock.workingMinutesBetween(pausedAt, resumed.getFeePaidAt());
        assertEquals(waited, resumed.getPausedMinutes());
        assertEquals(
                clock.addWorkingMinutes(dueBefore, waited).toInstant(),
                resumed.getDueAt().toInstant());
        assertEquals(Boolean.FALSE, resumed.getFeePaidOnline());
        assertEquals(
                DossierAction.FEE_PAID,
                queries.controlSheet(resumed.getId())
                        .get(queries.controlSheet(resumed.getId()).size() - 1)
                        .getAction());
        Refusal again = assertThrows(Refusal.class, () -> work.requestFee("pr.chuyenvien", code, v(code)));
        assertEquals("refusal.feeAlreadyPaid", again.text().key());
    }

    @Test
    @Order(6)
    void onlyTheLeaderExtendsADossierBySigningTheApologyLetterWithHisCode() throws Exception {
        ready();
        // the inbox's counts are read again once a step has been taken
        Set<Long> desk = Set.of(deskId);
        Set<Long> department = Set.of(agencyId);
        long newBefore = queries.counts(desk, Set.of()).get(DossierQueries.Box.NEW);
        long toProcessBefore = queries.counts(department, Set.of()).get(DossierQueries.Box.TO_PROCESS);
        Dossier d = intake.walkIn(
                "pr.motcua",
                new DossierIntake.WalkInOwner(false, "Phạm Thị Hoa", CCCD, "0912000111", null, null),
                new DossierIntake.DossierForm(
                        "9.100001",
                        agencyId,
                        "Xin cấp giấy phép, cần thêm thời gian thẩm định",
                        Map.of("address", "Phường Võ Cường"),
                        ResultDelivery.DESK,
                        null,
                        null,
                        null),
                Channel.IN_PERSON);
        String code = d.getCode();
        intake.attach(
                "pr.motcua", d.getId(), 1, attachments.store("don.pdf", pdf()).id());
        assertEquals(newBefore + 1, queries.counts(desk, Set.of()).get(DossierQueries.Box.NEW));
        assertTrue(queries.box(DossierQueries.Box.NEW, desk, Set.of(), code, 0, 20).stream()
                .anyMatch(x -> x.getCode().equals(code)));
        work.receive("pr.motcua", code, v(code));
        work.handOver("pr.motcua", code, v(code), agencyId, Role.OFFICER, null, null);
        assertEquals(newBefore, queries.counts(desk, Set.of()).get(DossierQueries.Box.NEW));
        Map<DossierQueries.Box, Long> counts = queries.counts(department, Set.of());
        assertEquals(toProcessBefore + 1, counts.get(DossierQueries.Box.TO_PROCESS));
        assertEquals(
                queries.count(DossierQueries.Box.TO_PROCESS, department, Set.of(), null),
                counts.get(DossierQueries.Box.TO_PROCESS),
                "the box's count and its list say the same");
        assertTrue(queries.box(DossierQueries.Box.TO_PROCESS, department, Set.of(), null, 0, 500).stream()
                .anyMatch(x -> x.getCode().equals(code)));
        for (String name : List.of("phạm thị", "PHẠM THỊ HOA", "pham thi hoa")) {
            assertTrue(
                    queries.box(DossierQueries.Box.TO_PROCESS, department, Set.of(), name, 0, 500).stream()
                            .anyMatch(x -> x.getCode().equals(code)),
                    "found by the owner's name typed as " + name);
        }
        assertEquals(
                0,
                queries.count(DossierQueries.Box.TO_PROCESS, department, Set.of(), "pham thi hoa%_x"),
                "a wildcard typed is only a character");
        OffsetDateTime dueBefore = dossier(code).getDueAt();
        java.time.LocalDate newDay = dueBefore
                .atZoneSameInstant(vn.egov.kernel.api.helpers.VietnameseDates.ZONE)
                .toLocalDate()
                .plusDays(7);

        assertThrows(
                Refusal.class,
                () -> work.extend("pr.chuyenvien", code, v(code), newDay, "Cần xác minh thực địa", "000000"),
                "an officer does not extend");
        assertThrows(
                PersonalSignatures.SigningRefused.class,
                () -> work.extend("pr.lanhdao", code, v(code), newDay, "Cần xác minh thực địa", "000000"));
        assertEquals(dueBefore.toInstant(), dossier(code).getDueAt().toInstant(), "a wrong code changes nothing");
        assertTrue(queries.parts(d.getId()).stream().noneMatch(p -> "APOLOGY".equals(p.getFormKind())));

        Dossier extended = work.extend("pr.lanhdao", code, v(code), newDay, "Cần xác minh thực địa", leaderCode());
        assertTrue(extended.isExtended());
        assertEquals(
                clocks.clock().closeOf(newDay).toInstant(), extended.getDueAt().toInstant());
        DossierPart letter = form(code, "APOLOGY");
        assertTrue(letter.isSigned());
        var check = verification.verify(letter.getContent());
        assertTrue(check.valid(), check.toString());
        assertEquals("Đặng Văn Lãnh", check.signatures().get(0).signer());
        String text = text(letter.getContent());
        assertTrue(text.contains("Cần xác minh thực địa") && text.contains(code), text);
        assertEquals(
                DossierAction.EXTEND,
                queries.controlSheet(d.getId())
                        .get(queries.controlSheet(d.getId()).size() - 1)
                        .getAction());
    }
}
