package vn.egov.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.helpers.VietnameseText;

class ScreeningTest {
    private final Screening screening = new Screening(List.of("cá cược, nhà cái, nổ hũ", "backlink\nseo"), 3);

    @Test
    void anOrdinaryReportPasses() {
        assertEquals(
                List.of(),
                screening.reasons(
                        "Rác thải ùn ứ tại chợ Phật Tích",
                        "Rác thải sinh hoạt tồn đọng nhiều ngày ở cổng chợ Phật Tích, bốc mùi hôi, đề nghị xã thu gom.",
                        0));
        assertEquals(
                List.of(),
                screening.reasons("Đèn đường hỏng", "Đèn đường ngõ 12 phố Ngô Gia Tự không sáng từ tuần trước.", 2));
    }

    @Test
    void linksKeywordsWithoutDiacriticsLongStringsAndGibberishAreHeld() {
        assertTrue(screening
                .reasons("Khuyến mãi", "Xem ngay tại http://example.xyz để nhận quà tặng hấp dẫn.", 0)
                .contains("có đường dẫn (liên kết)"));
        assertTrue(screening
                .reasons("Nha cai uy tin", "Tham gia ca cuoc bong da voi nha cai so mot hom nay.", 0)
                .get(0)
                .startsWith("có từ khóa bị chặn"));
        assertTrue(screening
                .reasons("Tiêu đề", "a".repeat(10) + "bcdefghijklmnopqrstuvwxyzbcdefghijklmnopqrst", 0)
                .contains("có chuỗi ký tự dài không có khoảng trắng"));
        assertTrue(screening
                .reasons("sdfgh jkl", "qwrtp sdfgh zxcvb mnbvc lkjhg trdfs", 0)
                .contains("nội dung giống ký tự vô nghĩa"));
    }

    @Test
    void aKeywordMustBeAWholeWord() {
        // "seo" is listed, "seoul" and "nhà cái" inside other words are not matches
        assertEquals(
                List.of(), screening.reasons("Du lịch", "Đoàn khách từ Seoul đến thăm chùa Phật Tích và đền Đô.", 0));
    }

    @Test
    void aFloodFromOneSourceIsHeld() {
        List<String> reasons =
                screening.reasons("Đèn đường hỏng", "Đèn đường ngõ 12 phố Ngô Gia Tự không sáng từ tuần trước.", 3);
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("4 phản ánh"), reasons.get(0));
    }

    /** The regular expressions the single-pass checks replaced: both must agree on any text. */
    private static final Pattern LINK = Pattern.compile(
            "(?i)(https?://|www\\.|\\b[a-z0-9-]{2,}\\.(com|net|org|xyz|top|club|info|io|me|bet|vip|link|site|online)\\b)");

    private static final Pattern REPEATED = Pattern.compile("(.)\\1{7,}");
    private static final String[] PIECES = {
        "a",
        "B",
        "z",
        "k",
        "7",
        "0",
        "-",
        "_",
        ".",
        ".",
        " ",
        " ",
        "\n",
        "\t",
        "ả",
        "Đ",
        "\u0301",
        ":",
        "/",
        "com",
        "CoM",
        "vip",
        "io",
        "comx",
        "www.",
        "WWW",
        "http://",
        "HTTPS://",
        "htt",
        "😀",
        "ư",
        "nhacai",
        "aaaa",
        "xxxxxxxx",
        "ooo",
        "sdfgh",
        "trdfs",
        "qwrtp",
        "e",
        "y",
        "ê",
        "\r",
        "\u2028"
    };

    @Test
    void theSinglePassChecksAgreeWithTheExpressionsTheyReplaced() {
        Random random = new Random(20261201);
        int links = 0;
        int repeats = 0;
        int gibberish = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String t = text.toString();
            boolean link = LINK.matcher(t).find();
            assertEquals(link, Screening.hasLink(t), () -> "link in [" + t + "]");
            assertEquals(
                    Arrays.stream(t.split("\\s+")).anyMatch(w -> w.length() > 40),
                    Screening.longestWord(t) > 40,
                    () -> "long word in [" + t + "]");
            boolean repeated = REPEATED.matcher(t).find();
            assertEquals(repeated, Screening.hasRepeatedCharacter(t), () -> "repeats in [" + t + "]");
            String folded = " " + VietnameseText.fold(t) + " ";
            boolean mashed = gibberishByExpressions(folded);
            assertEquals(mashed, Screening.looksLikeGibberish(folded), () -> "gibberish in [" + folded + "]");
            links += link ? 1 : 0;
            repeats += repeated ? 1 : 0;
            gibberish += mashed ? 1 : 0;
        }
        // the generated texts exercise both answers of every check
        assertTrue(links > 1000 && links < 49_000, "links " + links);
        assertTrue(repeats > 1000 && repeats < 49_000, "repeats " + repeats);
        assertTrue(gibberish > 1000 && gibberish < 49_000, "gibberish " + gibberish);
    }

    private static boolean gibberishByExpressions(String folded) {
        String letters = folded.replaceAll("[^a-z]", "");
        if (letters.length() < 12) {
            return false;
        }
        long vowels = letters.chars().filter(c -> "aeiouy".indexOf(c) >= 0).count();
        String[] words = folded.trim().split(" ");
        long withoutVowel = Arrays.stream(words)
                .filter(w -> w.matches("[a-z]{3,}") && !w.matches(".*[aeiouy].*"))
                .count();
        return vowels * 5 < letters.length() || withoutVowel * 2 > words.length;
    }
}
