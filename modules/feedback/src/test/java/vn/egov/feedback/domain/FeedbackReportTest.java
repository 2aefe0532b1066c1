package vn.egov.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.FieldErrors;

class FeedbackReportTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T09:00:00+07:00");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 9);

    private static FeedbackReport received() {
        return new FeedbackReport(Drafts.pothole(), 1L, "PA-ABCDEFGH", Channel.WEB, null, "127.0.0.1", NOW, List.of());
    }

    @Test
    void theWholeProcedureFromReceiptToClosure() {
        FeedbackReport r = received();
        assertEquals(ReportStatus.RECEIVED, r.getStatus());
        r.accept("tiepnhan", 10L, DEADLINE, NOW);
        r.assign("truongphong", "canbo", NOW);
        r.start("canbo", NOW);
        r.draftAnswer("canbo", "Đơn vị đã vá ổ gà trước số 25 Lý Thái Tổ ngày 27/11/2026.", NOW);
        r.approve("lanhdao", NOW);
        assertFalse(r.publiclyVisible());
        r.publish("canbo", NOW);
        assertTrue(r.publiclyVisible());
        r.rate(Rating.SATISFIED, NOW);
        r.close("canbo", NOW);
        assertEquals(ReportStatus.CLOSED, r.getStatus());
        assertEquals(
                List.of(
                        "SUBMITTED",
                        "ACCEPTED",
                        "ASSIGNED",
                        "STARTED",
                        "ANSWER_DRAFTED",
                        "APPROVED",
                        "PUBLISHED",
                        "RATED_SATISFIED",
                        "CLOSED"),
                r.getTimeline().stream().map(ReportEvent::getKind).toList());
        assertEquals("lanhdao", r.getApprovedBy());
        assertEquals(10L, r.getAgencyId());
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        FeedbackReport r = received();
        assertThrows(IllegalStep.class, () -> r.publish("canbo", NOW));
        assertThrows(IllegalStep.class, () -> r.rate(Rating.SATISFIED, NOW));
        r.reject("tiepnhan", RejectionKind.OUT_OF_SCOPE, "Thuộc thẩm quyền của tòa án.", NOW);
        assertThrows(IllegalStep.class, () -> r.accept("tiepnhan", 1L, DEADLINE, NOW));
        assertEquals("Thuộc thẩm quyền của tòa án.", r.getRejectionReason());
    }

    @Test
    void aRejectionNeedsAReasonAndALeaderCanSendTheAnswerBack() {
        FeedbackReport r = received();
        assertThrows(FieldErrors.class, () -> r.reject("tiepnhan", RejectionKind.SPAM, " ", NOW));
        assertEquals(ReportStatus.RECEIVED, r.getStatus());
        r.accept("tiepnhan", 10L, DEADLINE, NOW);
        r.assign("tp", "canbo", NOW);
        r.start("canbo", NOW);
        assertThrows(FieldErrors.class, () -> r.draftAnswer("canbo", "Đã xử lý.", NOW));
        r.draftAnswer("canbo", "Đơn vị đã tiếp nhận và sẽ xử lý trong tuần này.", NOW);
        r.sendBack("lanhdao", "Cần nêu rõ ngày hoàn thành.", NOW);
        assertEquals(ReportStatus.IN_PROGRESS, r.getStatus());
    }

    @Test
    void transferClearsTheOfficerAndReopeningSetsANewDeadline() {
        FeedbackReport r = received();
        r.accept("tiepnhan", 10L, DEADLINE, NOW);
        r.assign("tp", "canbo", NOW);
        r.transfer("canbo", 11L, "Thuộc Sở Xây dựng.", NOW);
        assertEquals(ReportStatus.ACCEPTED, r.getStatus());
        assertNull(r.getOfficerUsername());
        assertThrows(FieldErrors.class, () -> r.transfer("canbo", 11L, "lại", NOW));
        r.assign("tp", "canbo2", NOW);
        r.start("canbo2", NOW);
        r.draftAnswer("canbo2", "Sở Xây dựng đã cử đội sửa chữa đến hiện trường.", NOW);
        r.approve("ld", NOW);
        r.publish("canbo2", NOW);
        r.rate(Rating.NOT_SATISFIED, NOW);
        assertThrows(FieldErrors.class, () -> r.reopen("citizen", "", DEADLINE.plusDays(10), NOW));
        r.reopen("citizen", "Ổ gà vẫn còn.", DEADLINE.plusDays(10), NOW);
        assertEquals(ReportStatus.IN_PROGRESS, r.getStatus());
        assertEquals(DEADLINE.plusDays(10), r.getDeadline());
        assertNull(r.getRating());
        assertEquals(1, r.getReopenCount());
    }

    @Test
    void overdueOnlyWhileOpenAndAfterTheDeadlineDay() {
        FeedbackReport r = received();
        r.accept("tiepnhan", 10L, DEADLINE, NOW);
        assertFalse(r.overdueOn(DEADLINE));
        assertTrue(r.overdueOn(DEADLINE.plusDays(1)));
    }

    @Test
    void screeningReasonsHoldTheReportForAModerator() {
        FeedbackReport r = new FeedbackReport(
                Drafts.pothole(),
                1L,
                "PA-HHHHHHHH",
                Channel.MOBILE,
                "congdan",
                null,
                NOW,
                List.of("có đường dẫn (liên kết)"));
        assertEquals(ReportStatus.HELD, r.getStatus());
        assertEquals("có đường dẫn (liên kết)", r.getHeldReason());
        assertThrows(IllegalStep.class, () -> r.accept("x", 1L, DEADLINE, NOW));
        r.release("kiemduyet", NOW);
        assertEquals(ReportStatus.RECEIVED, r.getStatus());
    }

    @Test
    void mergingPointsToTheKeptReportAndRedactionChangesOnlyThePublicText() {
        FeedbackReport kept = received();
        FeedbackReport duplicate = received();
        duplicate.mergeInto(kept, "tiepnhan", NOW);
        assertEquals(ReportStatus.MERGED, duplicate.getStatus());
        assertThrows(FieldErrors.class, () -> received().mergeInto(duplicate, "tiepnhan", NOW));
        kept.redact("canbo", "Đoạn đường trước một số nhà trên phố Lý Thái Tổ có ổ gà.", NOW);
        assertTrue(kept.shownDescription().startsWith("Đoạn đường trước một số nhà"));
        assertTrue(kept.getDescription().contains("số 25"));
    }
}
