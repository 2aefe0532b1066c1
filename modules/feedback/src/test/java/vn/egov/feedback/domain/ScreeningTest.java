package vn.egov.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningTest {
    private final Screening screening = new Screening(List.of("cá cược, nhà cái, nổ hũ", "backlink\nseo"), 3);

    @Test
    void anOrdinaryReportPasses() {
        assertEquals(List.of(), screening.reasons("Rác thải ùn ứ tại chợ Phật Tích",
            "Rác thải sinh hoạt tồn đọng nhiều ngày ở cổng chợ Phật Tích, bốc mùi hôi, đề nghị xã thu gom.", 0));
        assertEquals(List.of(), screening.reasons("Đèn đường hỏng", "Đèn đường ngõ 12 phố Ngô Gia Tự không sáng từ tuần trước.", 2));
    }

    @Test
    void linksKeywordsWithoutDiacriticsLongStringsAndGibberishAreHeld() {
        assertTrue(screening.reasons("Khuyến mãi", "Xem ngay tại http://example.xyz để nhận quà tặng hấp dẫn.", 0)
            .contains("có đường dẫn (liên kết)"));
        assertTrue(screening.reasons("Nha cai uy tin", "Tham gia ca cuoc bong da voi nha cai so mot hom nay.", 0).get(0)
            .startsWith("có từ khóa bị chặn"));
        assertTrue(screening.reasons("Tiêu đề", "a".repeat(10) + "bcdefghijklmnopqrstuvwxyzbcdefghijklmnopqrst", 0)
            .contains("có chuỗi ký tự dài không có khoảng trắng"));
        assertTrue(screening.reasons("sdfgh jkl", "qwrtp sdfgh zxcvb mnbvc lkjhg trdfs", 0)
            .contains("nội dung giống ký tự vô nghĩa"));
    }

    @Test
    void aKeywordMustBeAWholeWord() {
        // "seo" is listed, "seoul" and "nhà cái" inside other words are not matches
        assertEquals(List.of(), screening.reasons("Du lịch", "Đoàn khách từ Seoul đến thăm chùa Phật Tích và đền Đô.", 0));
    }

    @Test
    void aFloodFromOneSourceIsHeld() {
        List<String> reasons = screening.reasons("Đèn đường hỏng", "Đèn đường ngõ 12 phố Ngô Gia Tự không sáng từ tuần trước.", 3);
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("4 phản ánh"), reasons.get(0));
    }
}
