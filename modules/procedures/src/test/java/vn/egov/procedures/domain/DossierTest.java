package vn.egov.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status machine on a dossier: the legal path, the steps refused, supplements, extension, the portal's codes. */
class DossierTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-07T09:00:00+07:00");

    static Procedure procedure() {
        return new Procedure(
                new Procedure.Facts(
                        "1.009972",
                        "Cấp giấy phép xây dựng",
                        "XD",
                        "Hoạt động xây dựng",
                        Tier.PROVINCE,
                        OnlineLevel.FULL,
                        15,
                        DeadlineUnit.DAYS,
                        FeeTiming.BEFORE,
                        "Giấy phép xây dựng",
                        "Luật Xây dựng",
                        "Trung tâm",
                        false),
                List.of(7L),
                List.of(
                        ProcedurePart.component("Đơn", 1, 0, 0, null, false, true),
                        ProcedurePart.fee("LP-GPXD", "Lệ phí", "CHARGE", 150000)),
                LocalDate.of(2025, 7, 1),
                T0,
                "test");
    }

    static Dossier dossier() {
        return new Dossier(
                procedure(),
                7,
                3,
                Channel.ONLINE,
                new Dossier.Owner(false, "Nguyễn Văn An", "027095001234", null, null, null),
                "congdan",
                "Xin cấp phép",
                "{}",
                ResultDelivery.ONLINE,
                T0);
    }

    @Test
    void theLegalPathEndsReturnedWithItsOnTimeClass() {
        Dossier d = dossier();
        assertEquals(0, d.getStatus().portalCode());
        d.submit("000.00.12.H05-261207-0001", T0);
        assertEquals(1, d.getStatus().portalCode());
        d.receive("canbo", T0.plusHours(1), T0.plusDays(10));
        assertEquals(2, d.getStatus().portalCode());
        d.handOver(7, "OFFICER", null, T0.plusHours(2));
        assertEquals(4, d.getStatus().portalCode());
        assertEquals(7, d.getCurrentAgencyId());
        d.submitForApproval(T0.plusDays(1));
        assertEquals(DossierStatus.AWAITING_APPROVAL, d.getStatus());
        assertEquals(4, d.getStatus().portalCode());
        assertEquals("LEADER", d.getCurrentRole());
        d.resultSigned(T0.plusDays(2));
        assertEquals(9, d.getStatus().portalCode());
        assertEquals(OnTimeClass.EARLY, d.getOnTime());
        assertEquals(3, d.getCurrentAgencyId(), "the result goes back to the desk");
        d.resultReturned(T0.plusDays(3));
        assertEquals(10, d.getStatus().portalCode());
        assertTrue(d.getStatus().finished());
        d.rate(5, T0.plusDays(3));
        assertEquals((short) 5, d.getRating());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Dossier d = dossier();
        assertThrows(IllegalDossierStep.class, () -> d.receive("canbo", T0, T0.plusDays(1)));
        assertThrows(IllegalDossierStep.class, () -> d.resultSigned(T0));
        d.submit("X-261207-0001", T0);
        assertThrows(IllegalDossierStep.class, () -> d.submit("X-261207-0002", T0));
        assertThrows(IllegalDossierStep.class, () -> d.submitForApproval(T0));
        assertThrows(IllegalDossierStep.class, () -> d.rate(4, T0));
        d.refuse(T0);
        assertEquals(3, d.getStatus().portalCode());
        assertThrows(IllegalDossierStep.class, () -> d.requestWithdrawal(T0));
    }

    @Test
    void aSupplementPausesAndResumesAndASecondOneIsCounted() {
        Dossier d = dossier();
        d.submit("X-261207-0001", T0);
        d.receive("canbo", T0, T0.plusDays(10));
        d.handOver(7, "OFFICER", null, T0);
        d.requestSupplement(T0.plusDays(1));
        assertEquals(5, d.getStatus().portalCode());
        assertTrue(d.isPaused());
        assertFalse(d.isSecondSupplement());
        d.resubmit(T0.plusDays(3), 1140, T0.plusDays(12));
        assertEquals(DossierStatus.PROCESSING, d.getStatus());
        assertFalse(d.isPaused());
        assertEquals(1140, d.getPausedMinutes());
        assertEquals(T0.plusDays(12), d.getDueAt());
        d.requestSupplement(T0.plusDays(4));
        assertTrue(d.isSecondSupplement());
    }

    @Test
    void beforeReceiptCompletionGoesBackToTheDeskWithoutAClock() {
        Dossier d = dossier();
        d.submit("X-261207-0001", T0);
        d.askCompletion(T0);
        assertFalse(d.isPaused());
        d.resubmit(T0.plusDays(1), 0, null);
        assertEquals(DossierStatus.SUBMITTED, d.getStatus());
        assertEquals(0, d.getSupplementRequests());
    }

    @Test
    void anExtensionIsOnlyBeforeTheDueDateAndOnlyLater() {
        Dossier d = dossier();
        d.submit("X-261207-0001", T0);
        d.receive("canbo", T0, T0.plusDays(10));
        assertThrows(IllegalDossierStep.class, () -> d.extend(T0.plusDays(5), T0.plusDays(1)));
        assertThrows(IllegalDossierStep.class, () -> d.extend(T0.plusDays(20), T0.plusDays(11)));
        d.extend(T0.plusDays(20), T0.plusDays(9));
        assertTrue(d.isExtended());
        assertEquals(T0.plusDays(20), d.getDueAt());
    }

    @Test
    void aLateResultIsClassedLate() {
        Dossier d = dossier();
        d.submit("X-261207-0001", T0);
        d.receive("canbo", T0, T0.plusDays(1));
        d.handOver(7, "OFFICER", null, T0);
        d.submitForApproval(T0);
        d.resultSigned(T0.plusDays(2));
        assertEquals(OnTimeClass.LATE, d.getOnTime());
    }

    @Test
    void withdrawalIsAskedThenAccepted() {
        Dossier d = dossier();
        d.submit("X-261207-0001", T0);
        d.receive("canbo", T0, T0.plusDays(1));
        d.requestWithdrawal(T0);
        assertEquals(7, d.getStatus().portalCode());
        d.acceptWithdrawal(T0);
        assertEquals(8, d.getStatus().portalCode());
    }

    @Test
    void everyStatusHasAPortalCodeAndEveryCodeOneToTenIsUsed() {
        java.util.Set<Integer> codes = new java.util.TreeSet<>();
        for (DossierStatus s : DossierStatus.values()) {
            codes.add(s.portalCode());
        }
        assertEquals(java.util.Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), codes);
        assertEquals(Channel.ONLINE, Channel.ofPortalCode(2));
        assertEquals(3, Channel.POST.portalCode());
    }

    @Test
    void aDossierCodeIsTheUnitTheDayAndFourDigits() {
        assertEquals("000.00.12.H05-261202-0001", DossierCode.format("000.00.12.H05", LocalDate.of(2026, 12, 2), 1));
        assertEquals(
                "000.00.12.H05-261202-12345", DossierCode.format("000.00.12.H05", LocalDate.of(2026, 12, 2), 12345));
        assertTrue(DossierCode.looksLikeCode("000.00.12.H05-261202-0001"));
        assertFalse(DossierCode.looksLikeCode("000.00.12.H05-261202-1"));
        assertEquals("000.00.12.H05-261202-0001", DossierCode.normalise(" 000.00.12.h05-261202-0001 "));
        assertThrows(IllegalArgumentException.class, () -> DossierCode.format("X", LocalDate.of(2026, 12, 2), 0));
    }

    @Test
    void aProcedureVersionEndsTheDayBeforeItsSuccessor() {
        Procedure p = procedure();
        p.endBefore(LocalDate.of(2027, 1, 1));
        assertEquals(LocalDate.of(2026, 12, 31), p.getEffectiveTo());
        assertTrue(p.inForceOn(LocalDate.of(2026, 12, 31)));
        assertFalse(p.inForceOn(LocalDate.of(2027, 1, 1)));
        assertThrows(IllegalDossierStep.class, () -> procedure().endBefore(LocalDate.of(2025, 7, 1)));
        assertEquals(150000, p.getFeeTotal());
        assertEquals(1, p.getComponents().size());
    }
}
