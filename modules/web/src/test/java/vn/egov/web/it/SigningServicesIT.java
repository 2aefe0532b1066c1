package vn.egov.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.audit.AuditEntry;
import vn.egov.kernel.audit.AuditLog;
import vn.egov.kernel.organisation.OrganisationTree;
import vn.egov.signing.CredentialAdministration;
import vn.egov.signing.DocumentSigning;
import vn.egov.signing.RemoteSigning;
import vn.egov.signing.SecondFactors;
import vn.egov.signing.SigningAuthority;
import vn.egov.signing.api.DocumentSeals;
import vn.egov.signing.api.DocumentSeals.SealRefused;
import vn.egov.signing.api.PersonalSignatures;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.api.SignatureVerification;
import vn.egov.signing.api.SigningFigures;
import vn.egov.signing.factor.Totp;

/**
 * The signing module inside Payara Micro with the kernel (master key from arquillian.xml): an
 * agency's automatic seal on a receipt, verified by the platform's own verification, audited.
 */
@ExtendWith({TestDatabaseServer.class, ArquillianExtension.class})
class SigningServicesIT {

    @Deployment
    static WebArchive platform() {
        return ShrinkWrap.createFromZipFile(
                        WebArchive.class, new File(System.getProperty("platform.war", "target/platform.war")))
                .addClasses(SigningServicesIT.class, TestDatabaseServer.class);
    }

    @Inject
    DocumentSeals seals;

    @Inject
    SigningFigures signingFigures;

    @Inject
    SignatureVerification verification;

    @Inject
    OrganisationTree organisation;

    @Inject
    AuditLog audit;

    @Inject
    vn.egov.signing.LongTermArchive longTerm;

    @Inject
    SecondFactors factors;

    @Inject
    PersonalSignatures signing;

    @Inject
    AccountRegistry accounts;

    @Inject
    RemoteSigning remote;

    @Inject
    SigningAuthority authority;

    @Inject
    CredentialAdministration credentials;

    @jakarta.persistence.PersistenceContext(unitName = "kernel")
    jakarta.persistence.EntityManager kernel;

    @Test
    void anAgencySealSignsAReceiptThatVerifiesAsTrustedAndIsAudited() throws Exception {
        OrgUnitView province = organisation.create("SG-P", "PROVINCE", null, "Tỉnh Ký Số", LocalDate.of(2000, 1, 1));
        OrgUnitView finance =
                organisation.create("SG-STC", "AGENCY", province.id(), "Sở Tài chính Ký Số", LocalDate.of(2000, 1, 1));
        byte[] receipt = blankPdf(2);

        DocumentSeals.SealedDocument sealed = seals.seal(finance.id(), "receipt", receipt, "Biên lai thu phí, lệ phí");
        var report = verification.verify(sealed.pdf());
        assertTrue(report.valid(), report.toString());
        SignatureCheck check = report.signatures().get(0);
        assertEquals("Sở Tài chính Ký Số", check.signer());
        assertEquals("PAdES B-LT", check.level());
        assertNotNull(check.timeStamp(), "our time-stamping unit is trusted");
        assertEquals(SignatureCheck.Revocation.GOOD, check.revocation());
        assertEquals(report.documentSha256(), sealed.sealedSha256());

        List<AuditEntry> entries = audit.latest(10);
        assertTrue(
                entries.stream()
                        .anyMatch(e -> e.getAction().equals("signing.sealed")
                                && e.getTargetId().equals(sealed.originalSha256())
                                && e.getDetail().contains("automatic seal")),
                entries.toString());
        assertEquals(
                1,
                entries.stream().filter(SigningServicesIT::sealIssuedForFinance).count());

        // the second receipt uses the same seal: nothing new is issued
        var again = seals.seal(finance.id(), "RECEIPT", blankPdf(1), "Biên lai");
        assertTrue(verification.verify(again.pdf()).valid());
        assertEquals(
                1,
                audit.latest(20).stream()
                        .filter(SigningServicesIT::sealIssuedForFinance)
                        .count());

        // the ledger the indices read: two documents sealed by the department today, none signed by a person
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        SigningFigures.AgencyFigures figures = signingFigures.of(today, today).stream()
                .filter(f -> finance.id().equals(f.agencyId()))
                .findFirst()
                .orElseThrow();
        assertEquals(2, figures.sealed());
        assertEquals(0, figures.signed());
        assertTrue(
                signingFigures.of(today.minusDays(3), today.minusDays(2)).stream()
                        .noneMatch(f -> finance.id().equals(f.agencyId())),
                "not on other days");
    }

    @Test
    void sealsAreRefusedForOtherKindsUnknownAgenciesAndNonPdfFiles() throws Exception {
        OrgUnitView province = organisation.create("SG-P2", "PROVINCE", null, "Tỉnh Từ Chối", LocalDate.of(2000, 1, 1));
        OrgUnitView agency =
                organisation.create("SG-SXD", "AGENCY", province.id(), "Sở Xây dựng Từ Chối", LocalDate.of(2000, 1, 1));
        assertEquals(
                "seal.kindNotAllowed",
                assertThrows(SealRefused.class, () -> seals.seal(agency.id(), "decision", blankPdf(1), "Quyết định"))
                        .key());
        assertEquals(
                "seal.noSuchAgency",
                assertThrows(SealRefused.class, () -> seals.seal(province.id(), "receipt", blankPdf(1), "x"))
                        .key(),
                "a province is not an agency");
        assertEquals(
                "document.NOT_PDF",
                assertThrows(
                                SealRefused.class,
                                () -> seals.seal(
                                        agency.id(),
                                        "receipt",
                                        "không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                        "x"))
                        .key());
    }

    @Test
    void aCodeIsGoodOnceAndFiveWrongCodesLockSigning() {
        SecondFactors.Enrolment enrolment = factors.enrol("sg.lanhdao");
        assertTrue(
                enrolment.uri().startsWith("otpauth://totp/")
                        && enrolment.qrSvg().startsWith("<svg"),
                enrolment.uri());
        assertFalse(factors.enrolled("sg.lanhdao"), "not before the first code");
        String code = Totp.codeAt(enrolment.secret(), java.time.Instant.now());
        factors.check("sg.lanhdao", code);
        assertTrue(factors.enrolled("sg.lanhdao"));
        assertEquals(
                "factor.wrongCode",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.lanhdao", code))
                        .key(),
                "a replayed code");
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    "factor.wrongCode",
                    assertThrows(
                                    SecondFactors.CodeRefused.class,
                                    () -> factors.check("sg.lanhdao", "000000".equals(code) ? "111111" : "000000"))
                            .key());
        }
        assertEquals(
                "factor.locked",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.lanhdao", "abc"))
                        .key(),
                "the fifth failure locks");
        String next = Totp.codeAt(enrolment.secret(), java.time.Instant.now().plusSeconds(30));
        assertEquals(
                "factor.locked",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.lanhdao", next))
                        .key(),
                "even a right code while locked");
        assertTrue(audit.latest(10).stream()
                .anyMatch(e -> e.getAction().equals("signing.factor.locked")
                        && e.getTargetId().equals("sg.lanhdao")));
        assertEquals(
                "factor.notEnrolled",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.khong-co", "123456"))
                        .key());
    }

    @Test
    void aLeaderSignsABatchWithOneCodeAndWrongCodesCountEvenWhenNothingIsSigned() throws Exception {
        OrgUnitView province = organisation.create("SG-P3", "PROVINCE", null, "Tỉnh Ký Lô", LocalDate.of(2000, 1, 1));
        OrgUnitView agency =
                organisation.create("SG-SNV", "AGENCY", province.id(), "Sở Nội vụ Ký Lô", LocalDate.of(2000, 1, 1));
        accounts.grant(
                accounts.createStaff("sg.ky", "Đỗ Minh Khoa", "khoa@example.vn", "KyLo#2026ab")
                        .getId(),
                agency.id(),
                Role.LEADER);
        SecondFactors.Enrolment enrolment = factors.enrol("sg.ky");
        factors.check("sg.ky", Totp.codeAt(enrolment.secret(), java.time.Instant.now()));

        var documents = List.of(
                PersonalSignatures.Document.of("quyet-dinh.pdf", blankPdf(1)),
                PersonalSignatures.Document.of("phu-luc.pdf", blankPdf(3)));
        var batch = new java.util.ArrayList<>(documents);
        batch.add(PersonalSignatures.Document.of("ket-qua.pdf", blankPdf(1), "result"));
        String next = Totp.codeAt(enrolment.secret(), java.time.Instant.now().plusSeconds(30));
        var signed = signing.sign("sg.ky", batch, "Phê duyệt", "Tỉnh Ký Lô", PersonalSignatures.Stamp.LAST_PAGE, next);
        assertEquals(3, signed.size());
        for (var done : signed.subList(0, 2)) {
            var report = verification.verify(done.pdf());
            assertTrue(report.valid(), report.toString());
            assertEquals("Đỗ Minh Khoa", report.signatures().get(0).signer());
            assertEquals("PAdES B-LT", report.signatures().get(0).level(), "validation data embedded by default");
            assertEquals(null, done.archiveId(), "no kind given: not archived");
        }
        assertTrue(audit.latest(10).stream()
                        .filter(e -> e.getAction().equals("signing.signed"))
                        .count()
                >= 2);

        // a kind kept long is signed at B-LTA, archived, and its time-stamp renewed when due
        var result = signed.get(2);
        assertNotNull(result.archiveId());
        var archived = verification.verify(result.pdf());
        assertTrue(archived.valid(), archived.toString());
        assertEquals("PAdES B-LTA", archived.signatures().get(0).level());
        assertEquals(0, longTerm.renewDue(java.time.Instant.now(), 10), "a fresh time-stamp is not due");
        assertTrue(longTerm.renewDue(java.time.Instant.now().plus(java.time.Duration.ofDays(20 * 365)), 1000) >= 1);
        var renewed = verification.verify(longTerm.latest(result.archiveId()).orElseThrow());
        assertEquals(3, renewed.signatures().size(), "signature, first and renewed document time-stamps");
        assertTrue(renewed.valid(), renewed.toString());
        // a signed file changed afterwards is refused: the next signer would lend his name to the change
        byte[] edited;
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(result.pdf())) {
            document.addPage(new PDPage());
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            edited = out.toByteArray();
        }
        assertEquals(
                "sign.earlierChanged",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> signing.sign(
                                        "sg.ky",
                                        List.of(PersonalSignatures.Document.of("x.pdf", edited)),
                                        "x",
                                        "y",
                                        null,
                                        "123456"))
                        .key());

        // a document changed after it was listed is refused before the code is even looked at
        byte[] changed = blankPdf(1);
        var tampered = new PersonalSignatures.Document(
                "x.pdf", changed, documents.get(0).sha256());
        assertEquals(
                "sign.changed",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> signing.sign("sg.ky", List.of(tampered), "x", "y", null, "123456"))
                        .key());
        // so is a stamp on a page the document does not have (the wrong code would say otherwise)
        assertEquals(
                "document.NO_SUCH_PAGE",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> signing.sign(
                                        "sg.ky",
                                        List.of(documents.get(0)),
                                        "x",
                                        "y",
                                        new PersonalSignatures.Stamp(3, PersonalSignatures.Corner.UPPER_LEFT),
                                        "123456"))
                        .key());
        // five wrong codes lock signing although every batch was rolled back
        for (int i = 0; i < 4; i++) {
            assertThrows(
                    SecondFactors.CodeRefused.class, () -> signing.sign("sg.ky", documents, "x", "y", null, "abcdef"));
        }
        assertEquals(
                "factor.locked",
                assertThrows(
                                SecondFactors.CodeRefused.class,
                                () -> signing.sign("sg.ky", documents, "x", "y", null, "abcdef"))
                        .key());
    }

    @Test
    void aRemoteClientSignsOnlyTheHashesItAuthorisedWithItsOwnCredential() throws Exception {
        OrgUnitView province =
                organisation.create("SG-P4", "PROVINCE", null, "Tỉnh Ký Từ Xa", LocalDate.of(2000, 1, 1));
        OrgUnitView agency =
                organisation.create("SG-STP", "AGENCY", province.id(), "Sở Tư pháp Ký Từ Xa", LocalDate.of(2000, 1, 1));
        accounts.grant(
                accounts.createStaff("sg.xa", "Vũ Thị Xuân", "xuan@example.vn", "TuXa#Bac-Ninh26")
                        .getId(),
                agency.id(),
                Role.LEADER);
        accounts.grant(
                accounts.createStaff("sg.khac", "Ngô Văn Khác", "ngo.khac@example.vn", "TuXa#Bac-Giang27")
                        .getId(),
                agency.id(),
                Role.OFFICER);
        String mine = String.valueOf(credentials.issue("sg.xa").id());
        String theirs = String.valueOf(credentials.issue("sg.khac").id());
        assertEquals(
                mine, String.valueOf(credentials.issue("sg.xa").id()), "an account with an active credential keeps it");
        assertEquals(1, credentials.credentials("SG.XA").size());
        assertTrue(credentials.credentials(null).size() >= 2);
        assertEquals(
                List.of(mine),
                remote.credentialsOf("sg.xa").stream()
                        .map(c -> String.valueOf(c.id()))
                        .toList());

        // another's credential is refused and audited, whatever the call
        assertEquals(
                "Invalid parameter credentialID",
                assertThrows(RemoteSigning.Refused.class, () -> remote.view("sg.xa", theirs))
                        .getMessage());
        assertTrue(
                audit.latest(5).stream()
                        .anyMatch(e -> e.getAction().equals("signing.credential.refused")
                                && e.getTargetId().equals(theirs)
                                && e.getDetail().contains("belongs to sg.khac")),
                audit.latest(5).toString());
        assertThrows(RemoteSigning.Refused.class, () -> remote.view("sg.xa", "không-phải-số"));

        SecondFactors.Enrolment enrolment = factors.enrol("sg.xa");
        factors.check("sg.xa", Totp.codeAt(enrolment.secret(), java.time.Instant.now()));
        byte[] first = "Quyết định số 12/QĐ-STP".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = "Phụ lục kèm theo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String h1 = sha256(first);
        String h2 = sha256(second);
        assertThrows(
                RemoteSigning.Refused.class,
                () -> remote.authorize("sg.xa", mine, List.of(h1, h2), 1, "123456"),
                "numSignatures must match the hashes");
        assertThrows(RemoteSigning.Refused.class, () -> remote.authorize("sg.xa", theirs, List.of(h1), 1, "123456"));
        var activation = remote.authorize(
                "sg.xa",
                mine,
                List.of(h1, h2),
                2,
                Totp.codeAt(enrolment.secret(), java.time.Instant.now().plusSeconds(30)));

        var certificate = remote.view("sg.xa", mine).chain().get(0);
        byte[] signature = remote.signHashes("sg.xa", mine, activation.sad(), List.of(h1), "EC")
                .get(0);
        var verifier = java.security.Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(first);
        assertTrue(verifier.verify(signature), "the signature verifies over the original data");
        assertTrue(audit.latest(5).stream()
                .anyMatch(e ->
                        e.getAction().equals("signing.signed") && e.getDetail().contains("CSC signHash")));

        assertThrows(
                RemoteSigning.Refused.class,
                () -> remote.signHashes("sg.xa", mine, activation.sad(), List.of(h1), "EC"),
                "a hash is signed once");
        assertThrows(
                RemoteSigning.Refused.class,
                () -> remote.signHashes(
                        "sg.xa",
                        mine,
                        activation.sad(),
                        List.of(sha256("không được phép".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                        "EC"),
                "an unlisted hash");
        assertThrows(
                RemoteSigning.Refused.class,
                () -> remote.signHashes("sg.khac", theirs, activation.sad(), List.of(h2), "EC"),
                "another account cannot use the SAD");
        assertThrows(
                RemoteSigning.Refused.class,
                () -> remote.signHashes("sg.xa", mine, activation.sad(), List.of(h2), "RSA"),
                "the algorithm must suit the key");
        assertEquals(
                1,
                remote.signHashes("sg.xa", mine, activation.sad(), List.of(h2), "EC")
                        .size());
        assertThrows(
                RemoteSigning.Refused.class,
                () -> remote.signHashes("sg.xa", mine, activation.sad(), List.of(h2), "EC"),
                "a spent SAD is gone");

        // revoked by an admin: the CRL lists it and the credential no longer signs
        credentials.revoke(Long.parseLong(theirs), "admin", "nghỉ việc");
        var revoked = java.util.Objects.requireNonNull(authority
                .revocationList()
                .orElseThrow()
                .getRevokedCertificate(
                        remote.credentialsOf("sg.khac").get(0).serial().toBigInteger()));
        assertNotNull(revoked.getRevocationDate());
        assertEquals("revoked", remote.view("sg.khac", theirs).status());
        assertThrows(RemoteSigning.Refused.class, () -> remote.authorize("sg.khac", theirs, List.of(h1), 1, "123456"));
        assertThrows(
                DocumentSigning.SigningRefused.class, () -> credentials.revoke(Long.parseLong(theirs), "admin", null));
    }

    @Test
    void aCodeSentByEMailAuthorisesOnceAndWrongOnesLockLikeAuthenticatorCodes() {
        accounts.createStaff("sg.thu", "Lý Thị Thu", "thu@example.vn", "GuiMa#2026abc");
        String where = factors.sendCode("sg.thu");
        assertEquals("e-mail t***@example.vn", where);
        assertEquals(
                "factor.tooSoon",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.sendCode("sg.thu"))
                        .key(),
                "one code a minute");
        String body = kernel.createQuery(
                        "select n.body from Notification n where n.recipient = :r order by n.id desc", String.class)
                .setParameter("r", "thu@example.vn")
                .setMaxResults(1)
                .getSingleResult();
        var matcher = java.util.regex.Pattern.compile("là (\\d{6}),").matcher(body);
        assertTrue(matcher.find(), body);
        String code = matcher.group(1);
        assertFalse(factors.enrolled("sg.thu"), "a sent code is not an authenticator");
        assertEquals(
                "factor.wrongCode",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.confirmAuthenticator("sg.thu", code))
                        .key(),
                "nor does it confirm one");
        factors.check("sg.thu", code);
        assertEquals(
                "factor.wrongCode",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.thu", code))
                        .key(),
                "a sent code is good once");
        for (int i = 0; i < 3; i++) {
            assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.thu", "000000"));
        }
        assertEquals(
                "factor.locked",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.check("sg.thu", "000001"))
                        .key());
        assertTrue(audit.latest(10).stream()
                .anyMatch(e -> e.getAction().equals("signing.factor.codeSent")
                        && e.getTargetId().equals("sg.thu")));
        assertEquals(
                "factor.noContact",
                assertThrows(SecondFactors.CodeRefused.class, () -> factors.sendCode("sg.khong-co"))
                        .key());
    }

    private static String sha256(byte[] data) throws Exception {
        return java.util.Base64.getEncoder()
                .encodeToString(
                        java.security.MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static boolean sealIssuedForFinance(AuditEntry entry) {
        return entry.getAction().equals("signing.credential.issued")
                && entry.getDetail().startsWith("SEAL certificate")
                && entry.getDetail().contains("(Sở Tài chính Ký Số)");
    }

    private static byte[] blankPdf(int pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
