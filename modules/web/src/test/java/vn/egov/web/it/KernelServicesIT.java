package vn.egov.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.account.CitizenRegistration;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.ReferenceNumbers;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.audit.AuditEntry;
import vn.egov.kernel.audit.AuditLog;
import vn.egov.kernel.calendar.OfficeCalendar;
import vn.egov.kernel.modules.ModuleRegistry;
import vn.egov.kernel.notification.NotificationDispatcher;
import vn.egov.kernel.organisation.OrganisationTree;
import vn.egov.kernel.security.ApiTokens;
import vn.egov.kernel.security.SignIn;

/**
 * The kernel's services inside Payara Micro, on the packaged platform.war and a real
 * PostgreSQL: one deployment, many checks (each Payara boot costs about 15 seconds).
 */
@ExtendWith({TestDatabaseServer.class, ArquillianExtension.class})
class KernelServicesIT {

    @Deployment
    static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("platform.war", "target/platform.war")))
                .addClasses(KernelServicesIT.class, TestDatabaseServer.class, MovableClock.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    AccountRegistry accounts;

    @Inject
    SignIn signIn;

    @Inject
    ApiTokens tokens;

    @Inject
    vn.egov.kernel.security.ExpiredTokens expiredTokens;

    @Inject
    OrganisationTree organisation;

    @Inject
    ReferenceNumbers numbers;

    @Inject
    Attachments attachments;

    @Inject
    Settings settings;

    @Inject
    Notifications notifications;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    ModuleRegistry modules;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    OfficeCalendar officeCalendar;

    @Inject
    AuditLog audit;

    @jakarta.persistence.PersistenceContext(unitName = "kernel")
    jakarta.persistence.EntityManager kernel;

    @Test
    void badRegistrationsSaveNothingAndSayWhy() {
        int before = accounts.all().size();
        FieldErrors errors = assertThrows(
                FieldErrors.class,
                () -> accounts.registerCitizen(new CitizenRegistration(
                        "binh.le",
                        "Lê Thị Bình",
                        "003095001234",
                        "binh@example.vn",
                        null,
                        "Binh#Bac-Ninh1",
                        "Binh#Bac-Ninh1")));
        assertTrue(errors.byField().containsKey("cccd"));
        assertEquals(before, accounts.all().size());

        Account ok = accounts.registerCitizen(new CitizenRegistration(
                "binh.le",
                "Lê Thị Bình",
                "027195001111",
                "binh@example.vn",
                "0912 345 678",
                "Binh#Bac-Ninh1",
                "Binh#Bac-Ninh1"));
        assertNotEquals(null, ok.getId());
        assertEquals("0912345678", ok.getPhone());
        FieldErrors duplicate = assertThrows(
                FieldErrors.class,
                () -> accounts.registerCitizen(new CitizenRegistration(
                        "BINH.LE",
                        "Lê Thị Bình",
                        "027195001111",
                        "BINH@example.vn",
                        null,
                        "Binh#Bac-Ninh1",
                        "Binh#Bac-Ninh1")));
        assertEquals(java.util.Set.of("username"), duplicate.byField().keySet(), "only a taken user name is refused");
        assertEquals(before + 1, accounts.all().size());
        assertTrue(
                signIn.check("binh.le", "Binh#Bac-Ninh1").orElseThrow().groups().contains(Role.CITIZEN.name()));
    }

    @Test
    void aTakenCccdChangesNothingInTheAnswerAndOnlyTheDeskMakesAnIdentityVerified() {
        Account owner = accounts.registerCitizen(new CitizenRegistration(
                "lan.vu", "Vũ Thị Lan", "027196007777", "lan.vu@example.vn", null, "Lan#Que-Vo2026", "Lan#Que-Vo2026"));
        assertFalse(
                accounts.find("lan.vu").orElseThrow().identityVerified(),
                "a registration proves nothing of who one is");
        accounts.verifyIdentity(owner.getId(), "it.desk");
        assertTrue(accounts.find("lan.vu").orElseThrow().identityVerified());
        assertEquals("kernel.account.identityVerified", audit.latest(1).get(0).getAction());

        Account impostor = accounts.registerCitizen(new CitizenRegistration(
                "lan.gia",
                "Vũ Thị Lan",
                "027196007777",
                "lan.vu@example.vn",
                null,
                "Gia#Mao-Danh26",
                "Gia#Mao-Danh26"));
        assertNotEquals(null, impostor.getId(), "the same answer as for a free CCCD: nobody learns who has an account");
        assertEquals(
                1L,
                kernel.createQuery(
                                "select count(n) from Notification n where n.recipient = 'lan.vu@example.vn'"
                                        + " and n.subject like 'Có đăng ký mới%'",
                                Long.class)
                        .getSingleResult(),
                "the holder is told at his own contact");
        assertEquals(
                409,
                assertThrows(
                                KernelRefusal.class,
                                () -> accounts.verifyIdentity(impostor.getId(), "it.desk"),
                                "a CCCD is verified for one account only")
                        .status());
        assertFalse(accounts.find("lan.gia").orElseThrow().identityVerified());
    }

    @Test
    void wrongPasswordsSlowTheGuesserWithGrowingDelaysInsteadOfLockingTheAccount() throws Exception {
        accounts.createStaff("khoa.pham", "Phạm Văn Khoa", null, "Khoa#So-Noi-Vu1");
        for (int i = 0; i < 5; i++) {
            assertTrue(signIn.check("khoa.pham", "sai mat khau").isEmpty());
        }
        assertTrue(
                signIn.check("khoa.pham", "Khoa#So-Noi-Vu1").isEmpty(),
                "right away, even the right password waits its turn");
        assertTrue(tokens.issue("khoa.pham", "Khoa#So-Noi-Vu1").isEmpty(), "the API honours the delay too");
        List<String> actions =
                audit.latest(10).stream().map(AuditEntry::getAction).toList();
        assertTrue(
                actions.contains("kernel.login.throttled") && actions.contains("kernel.login.failed"),
                actions.toString());
        assertTrue(
                audit.latest(10).stream()
                        .filter(e -> e.getAction().equals("kernel.login.failed"))
                        .allMatch(e -> e.getActor().equals("khoa.pham")),
                "a sign-in is audited under the account's name");
        clock.advance(java.time.Duration.ofMillis(1_100));
        assertTrue(
                signIn.check("khoa.pham", "Khoa#So-Noi-Vu1").isPresent(),
                "after the delay the owner signs in: no lock");
        assertTrue(signIn.check("nobody-here", "x").isEmpty());
    }

    @Test
    void staffRolesArePerAgencyAndTokensCarryThem() {
        OrgUnitView province =
                organisation.create("T-PROV", "PROVINCE", null, "Tỉnh Thử nghiệm", LocalDate.of(2025, 7, 1));
        OrgUnitView agency =
                organisation.create("T-SXD", "AGENCY", province.id(), "Sở Xây dựng", LocalDate.of(2025, 7, 1));
        Account officer = accounts.createStaff("lan.vo", "Võ Thị Lan", null, "Lan#Mot-Cua-26");
        accounts.grant(officer.getId(), agency.id(), Role.OFFICER);
        accounts.grant(officer.getId(), agency.id(), Role.OFFICER);
        assertEquals(1, accounts.memberships(officer.getId()).size(), "granting twice keeps one membership");
        var issued = tokens.issue("lan.vo", "Lan#Mot-Cua-26").orElseThrow();
        assertEquals(
                java.util.Set.of("OFFICER"),
                tokens.verify(issued.token()).orElseThrow().groups());
        assertTrue(tokens.verify("forged-token").isEmpty());
        // the hourly purge deletes what has expired and keeps what still opens the API
        expiredTokens.purge(java.time.Instant.now());
        assertTrue(tokens.verify(issued.token()).isPresent(), "a token still valid survives the purge");
        assertTrue(expiredTokens.purge(java.time.Instant.now().plusSeconds(issued.expiresInSeconds() + 60)) >= 1);
        assertTrue(tokens.verify(issued.token()).isEmpty());
        assertEquals(
                0,
                expiredTokens.purge(java.time.Instant.now().plusSeconds(issued.expiresInSeconds() + 60)),
                "nothing is left to purge");
        Account citizen = accounts.registerCitizen(new CitizenRegistration(
                "cuong.do", "Đỗ Văn Cường", "027090002222", null, null, "Cuong#Tien-Du1", "Cuong#Tien-Du1"));
        assertEquals(
                "Only staff accounts can be given staff roles.",
                assertThrows(KernelRefusal.class, () -> accounts.grant(citizen.getId(), agency.id(), Role.OFFICER))
                        .message(java.util.Locale.ENGLISH));
    }

    @Test
    void renamesAndMergesKeepHistory() {
        OrgUnitView province =
                organisation.create("H-PROV", "PROVINCE", null, "Tỉnh Lịch sử", LocalDate.of(1997, 1, 1));
        OrgUnitView district =
                organisation.create("H-DIST", "DISTRICT", province.id(), "Huyện Cũ", LocalDate.of(1997, 1, 1));
        organisation.rename(district.id(), "Thị xã Cũ", LocalDate.of(2020, 1, 1));
        organisation.merge(district.id(), province.id(), LocalDate.of(2025, 7, 1));
        OrgUnitView ended = organisation.unit(district.id()).orElseThrow();
        assertEquals("Thị xã Cũ", ended.name());
        assertEquals(LocalDate.of(2025, 6, 30), ended.validTo());
        assertEquals(province.id(), ended.mergedIntoId());
        assertEquals(2, organisation.history(district.id()).size());
        KernelRefusal taken = assertThrows(
                KernelRefusal.class,
                () -> organisation.create("H-DIST", "COMMUNE", province.id(), "Trùng mã", LocalDate.of(2025, 7, 1)));
        assertEquals(409, taken.status());
        assertEquals("Mã đơn vị H-DIST đã được dùng.", taken.getMessage());
        assertEquals(
                400,
                assertThrows(
                                KernelRefusal.class,
                                () -> organisation.create(
                                        "H-X", "NO-SUCH-LEVEL", province.id(), "Sai cấp", LocalDate.of(2025, 7, 1)))
                        .status());
        assertThrows(
                KernelRefusal.class,
                () -> organisation.create("H-BLANK", "COMMUNE", province.id(), "  ", LocalDate.of(2025, 7, 1)));
        assertThrows(KernelRefusal.class, () -> organisation.merge(province.id(), null, LocalDate.of(2026, 1, 1)));
        organisation.addLevel("HAMLET", "Thôn, tổ dân phố", "Hamlet", 4, false);
        assertEquals(
                "HAMLET",
                organisation
                        .create("H-THON", "HAMLET", province.id(), "Thôn Đông", LocalDate.of(2025, 7, 1))
                        .levelCode());
        assertEquals(
                409,
                assertThrows(KernelRefusal.class, () -> organisation.addLevel("HAMLET", "Trùng", "Dup", 4, false))
                        .status());
        assertEquals(
                400,
                assertThrows(KernelRefusal.class, () -> organisation.addLevel("bad code", "Sai", "Bad", 4, false))
                        .status());
    }

    @Test
    void numbersFollowEachOther() {
        String first = numbers.next("IT-SERIES", "IT");
        String second = numbers.next("IT-SERIES", "IT");
        assertEquals(
                Long.parseLong(first.substring(first.lastIndexOf('-') + 1)) + 1,
                Long.parseLong(second.substring(second.lastIndexOf('-') + 1)));
    }

    @Test
    void attachmentsAreCheckedBySizeAndRealType() {
        byte[] pdf =
                ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII);
        Attachments.StoredFile stored = attachments.store("don-de-nghi.pdf", pdf);
        assertEquals("application/pdf", stored.contentType());
        assertEquals(pdf.length, attachments.content(stored.id()).orElseThrow().length);
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertTrue(assertThrows(FieldErrors.class, () -> attachments.store("hoa-don.pdf", exe))
                .byField()
                .containsKey("file"));
        byte[] disguised = new byte[exe.length + 9];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, disguised, 0, 9);
        System.arraycopy(exe, 0, disguised, 9, exe.length);
        assertTrue(
                assertThrows(FieldErrors.class, () -> attachments.store("hoa-don.pdf", disguised))
                        .byField()
                        .get("file")
                        .contains("PDF"),
                "a program behind a PDF header is not a PDF");
        settings.put("kernel.attachments.maxBytes", "20");
        try {
            assertThrows(FieldErrors.class, () -> attachments.store("lon.pdf", pdf));
        } finally {
            settings.put("kernel.attachments.maxBytes", String.valueOf(10 * 1024 * 1024));
        }
    }

    @Test
    void theOutboxSendsThroughTheLogWhenNoMailServerIsSet() {
        notifications.send(
                Notifications.Channel.EMAIL, "an@example.vn", "Hồ sơ đã được tiếp nhận", "Mã hồ sơ HS-2026-000001");
        assertTrue(dispatcher.dispatch(100) >= 1);
        assertEquals(0, dispatcher.dispatch(100), "a sent message is not sent again");
    }

    @Test
    void theKernelCannotBeSwitchedOffAndChangesAreAudited() {
        assertThrows(KernelRefusal.class, () -> modules.setEnabled("kernel", false));
        assertTrue(modules.isEnabled("kernel"));
        assertFalse(modules.menu(vn.egov.kernel.api.MenuEntry.Audience.ADMIN).isEmpty());
        settings.put("kernel.api.tokenMinutes", "45");
        assertEquals(45, settings.integer(vn.egov.kernel.KernelModule.API_TOKEN_MINUTES));
        settings.put("kernel.api.tokenMinutes", "60");
        assertEquals("kernel.setting.changed", audit.latest(1).get(0).getAction());
        assertEquals("kernel.api.tokenMinutes", audit.latest(1).get(0).getTargetId());
    }

    @Test
    void recordedCalendarDaysOverrideTheComputedOnes() {
        LocalDate saturday = LocalDate.of(2027, 1, 9);
        assertFalse(calendar.isWorkingDay(saturday));
        officeCalendar.record(saturday, true, "Làm bù theo Thông báo của Bộ Nội vụ");
        assertTrue(calendar.isWorkingDay(saturday));
        assertTrue(assertThrows(FieldErrors.class, () -> officeCalendar.record(saturday, false, " "))
                .byField()
                .containsKey("note"));
    }
}
