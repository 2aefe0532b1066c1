package vn.egov.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.feedback.api.FeedbackFigures;
import vn.egov.feedback.api.FeedbackStatistics.Grouping;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.Channel;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.Rating;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.feedback.domain.TrackingCodes;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.testing.TestDatabase;

/** The schema, the mapping, the accent-insensitive public search and the figures, on a real PostgreSQL. */
class FeedbackDatabaseTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T09:00:00+07:00");
    private static Long categoryId;

    @BeforeAll
    static void reports() {
        categoryId = TestDatabase.inTransaction("feedback", em -> {
            Category c = new Category("THU_NGHIEM", "Lĩnh vực thử nghiệm", "Test category", null, 5, 50L);
            em.persist(c);
            em.flush();
            return c.getId();
        });
        answered(
                "Rác thải ùn ứ ở chợ Phật Tích",
                "Rác thải sinh hoạt tồn đọng nhiều ngày ở cổng chợ, đề nghị thu gom.",
                true,
                LocalDate.of(2026, 11, 27),
                NOW.plusDays(3),
                Rating.SATISFIED,
                Channel.WEB);
        answered(
                "Phản ánh khói bụi nhà máy gạch",
                "Khói bụi từ lò gạch thôn Đông gây ô nhiễm cho khu dân cư suốt đêm.",
                true,
                LocalDate.of(2026, 11, 21),
                NOW.plusDays(5),
                Rating.NOT_SATISFIED,
                Channel.MOBILE);
        answered(
                "Phản ánh không muốn công khai",
                "Nội dung có thông tin riêng, người gửi không đồng ý công khai trên cổng.",
                false,
                LocalDate.of(2026, 11, 27),
                NOW.plusDays(1),
                null,
                Channel.WEB);
        TestDatabase.inTransaction("feedback", em -> {
            em.persist(report(
                    "Cống thoát nước bị tắc phố Nguyễn Gia Thiều",
                    "Cống thoát nước bị tắc gây ngập mỗi khi mưa, đề nghị nạo vét.",
                    true,
                    Channel.MOBILE));
            return null;
        });
    }

    private static FeedbackReport report(String title, String description, boolean consent, Channel channel) {
        ReportDraft draft = new ReportDraft(
                "MOI_TRUONG",
                title,
                description,
                "Thôn Đông",
                7L,
                21.1,
                106.1,
                true,
                null,
                null,
                null,
                consent,
                List.of(UUID.randomUUID()));
        return new FeedbackReport(draft, categoryId, TrackingCodes.next(), channel, null, "127.0.0.1", NOW, List.of());
    }

    private static void answered(
            String title,
            String description,
            boolean consent,
            LocalDate deadline,
            OffsetDateTime publishedAt,
            Rating rating,
            Channel channel) {
        TestDatabase.inTransaction("feedback", em -> {
            FeedbackReport r = report(title, description, consent, channel);
            r.accept("tiepnhan", 50L, deadline, NOW);
            r.assign("tp", "canbo", NOW);
            r.start("canbo", NOW);
            r.draftAnswer("canbo", "UBND xã đã chỉ đạo xử lý dứt điểm nội dung phản ánh.", NOW);
            r.approve("lanhdao", NOW);
            r.publish("canbo", publishedAt);
            if (rating != null) {
                r.rate(rating, publishedAt);
            }
            em.persist(r);
            return null;
        });
    }

    private static ReportQueries queries(EntityManager em) {
        ReportQueries q = new ReportQueries();
        q.em = em;
        q.clock = java.time.Clock.fixed(NOW.toInstant(), NOW.getOffset());
        q.settings = new Settings() {
            @Override
            public String get(String key, String defaultValue) {
                return defaultValue;
            }

            @Override
            public void put(String key, String value) {
                throw new UnsupportedOperationException();
            }
        };
        return q;
    }

    @Test
    void aReportIsStoredWithItsTimelineAndPhotosAndReadBack() {
        String code = TestDatabase.inTransaction("feedback", em -> {
            FeedbackReport r = report(
                    "Cây đổ chắn ngang đường làng",
                    "Cây xà cừ đổ chắn ngang đường sau trận mưa tối qua.",
                    true,
                    Channel.WEB);
            em.persist(r);
            return r.getTrackingCode();
        });
        Optional<FeedbackReport> read =
                TestDatabase.inTransaction("feedback", em -> queries(em).byCode(code.toLowerCase()));
        assertTrue(read.isPresent());
        assertEquals(ReportStatus.RECEIVED, read.get().getStatus());
        assertEquals(1, read.get().getPhotoIds().size());
        assertEquals("SUBMITTED", read.get().getTimeline().get(0).getKind());
    }

    @Test
    void publicSearchIgnoresDiacriticsAndShowsOnlyConsentedAnsweredReports() {
        List<String> titles = TestDatabase.inTransaction(
                "feedback",
                em -> queries(em).published("phan anh", null, null, null, 0).stream()
                        .map(FeedbackReport::getTitle)
                        .toList());
        assertEquals(List.of("Phản ánh khói bụi nhà máy gạch"), titles);
        assertEquals(
                2,
                TestDatabase.inTransaction("feedback", em -> queries(em).published("", categoryId, 7L, 50L, 0))
                        .size());
        assertEquals(
                0,
                TestDatabase.inTransaction("feedback", em -> queries(em).published("RÁC THẢI", null, 8L, null, 0))
                        .size());
        assertEquals(
                1,
                TestDatabase.inTransaction("feedback", em -> queries(em).published("RÁC THẢI", null, 7L, null, 0))
                        .size());
        assertEquals(
                0,
                TestDatabase.inTransaction("feedback", em -> queries(em).published("nạo vét", null, null, null, 0))
                        .size(),
                "not answered yet");
    }

    @Test
    void figuresCountReceivedHandledOnTimeAndSatisfaction() {
        FeedbackFiguresQuery figures = new FeedbackFiguresQuery();
        FeedbackFigures province = TestDatabase.inTransaction("feedback", em -> {
            figures.em = em;
            return figures.figures(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), Grouping.PROVINCE)
                    .get(0);
        });
        assertTrue(province.received() >= 4, "received " + province.received());
        assertEquals(3, province.handled());
        assertEquals(2, province.handledOnTime(), "the smoke report was answered two days late");
        assertEquals(2, province.rated());
        assertEquals(0.5, province.satisfactionRate());
        assertEquals(2, province.receivedMobile(), "the smoke and drain reports came from the phone app");
        assertEquals(1, province.handledMobile(), "the drain report is not answered");
        List<FeedbackFigures> none = TestDatabase.inTransaction("feedback", em -> {
            figures.em = em;
            return figures.figures(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Grouping.CATEGORY);
        });
        assertEquals(List.of(), none);
    }

    @Test
    void theDatabaseRefusesWhatTheFormsRefuse() {
        assertEquals(
                "23514",
                refusal("insert into feedback.report (tracking_code, category_id, title, description, anonymous, "
                        + "consent_publish, channel, status) values ('PA-X', " + categoryId
                        + ", 'Tiêu đề', 'ngắn', true, false, "
                        + "'WEB', 'RECEIVED')"),
                "a description under 20 characters");
        assertEquals(
                "23514",
                refusal("insert into feedback.report (tracking_code, category_id, title, description, anonymous, "
                        + "consent_publish, channel, status) values ('PA-Y', " + categoryId
                        + ", 'Tiêu đề', 'Mô tả đủ dài để được nhận vào.',"
                        + " false, false, 'WEB', 'RECEIVED')"),
                "a named report without its sender's name");
        String code = TestDatabase.inTransaction("feedback", em -> {
            FeedbackReport r = report(
                    "Đèn đường hỏng thôn Bắc",
                    "Cả dãy đèn đường thôn Bắc không sáng từ tuần trước.",
                    true,
                    Channel.WEB);
            em.persist(r);
            return r.getTrackingCode();
        });
        assertEquals(
                "23505",
                refusal("insert into feedback.report (tracking_code, category_id, title, description, anonymous, "
                        + "consent_publish, channel, status) values ('" + code + "', " + categoryId + ", 'Tiêu đề', "
                        + "'Mô tả đủ dài để được nhận vào.', true, false, 'WEB', 'RECEIVED')"),
                "a tracking code given twice");
        assertEquals(
                "23503",
                refusal("insert into feedback.report (tracking_code, category_id, title, description, anonymous, "
                        + "consent_publish, channel, status) values ('PA-Z', 987654321, 'Tiêu đề', 'Mô tả đủ dài để được nhận vào.', true,"
                        + " false, 'WEB', 'RECEIVED')"),
                "a category that is not there");
    }

    private static String refusal(String sql) {
        RuntimeException failure = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.inTransaction(
                        "feedback", em -> em.createNativeQuery(sql).executeUpdate()));
        return TestDatabase.sqlState(failure);
    }
}
