package vn.egov.feedback.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.egov.kernel.api.VietnameseText;

/**
 * Looks at a report before anything of it is published: links, listed keywords (betting, SEO
 * spam...), text without spaces, gibberish, and floods from one account or address. It only
 * gives reasons; a report with reasons is held for a moderator, never dropped.
 */
public final class Screening {
    private static final Pattern LINK = Pattern.compile(
        "(?i)(https?://|www\\.|\\b[a-z0-9-]{2,}\\.(com|net|org|xyz|top|club|info|io|me|bet|vip|link|site|online)\\b)");
    private static final Pattern REPEATED = Pattern.compile("(.)\\1{7,}");
    private static final int LONGEST_WORD = 40;

    private final List<String> keywords;
    private final int floodHoldAfter;

    /**
     * @param keywordLists comma- or line-separated lists, compared without diacritics or case
     * @param floodHoldAfter reports from one account or address within the flood window above which new ones are held
     */
    public Screening(List<String> keywordLists, int floodHoldAfter) {
        this.keywords = keywordLists.stream()
            .flatMap(list -> Arrays.stream(list == null ? new String[0] : list.split("[,\\n;]")))
            .map(VietnameseText::fold).filter(k -> !k.isEmpty()).distinct().toList();
        this.floodHoldAfter = floodHoldAfter;
    }

    /** The reasons to hold the text, in Vietnamese; empty when it may go on. */
    public List<String> reasons(String title, String description, int recentFromSameSource) {
        String text = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
        List<String> reasons = new ArrayList<>();
        if (LINK.matcher(text).find()) {
            reasons.add("có đường dẫn (liên kết)");
        }
        String folded = " " + VietnameseText.fold(text) + " ";
        for (String keyword : keywords) {
            if (folded.contains(" " + keyword + " ")) {
                reasons.add("có từ khóa bị chặn \"" + keyword + "\"");
                break;
            }
        }
        if (Arrays.stream(text.split("\\s+")).anyMatch(word -> word.length() > LONGEST_WORD)) {
            reasons.add("có chuỗi ký tự dài không có khoảng trắng");
        }
        if (REPEATED.matcher(text).find() || looksLikeGibberish(folded)) {
            reasons.add("nội dung giống ký tự vô nghĩa");
        }
        if (recentFromSameSource >= floodHoldAfter) {
            reasons.add("gửi quá nhiều phản ánh trong thời gian ngắn (" + (recentFromSameSource + 1) + " phản ánh)");
        }
        return reasons;
    }

    /**
     * Vietnamese syllables almost always hold a vowel; keyboard mashing ("sdfghjkl qwrtp") does not.
     * Text where fewer than a fifth of the letters are vowels, or most words have none, is gibberish.
     */
    static boolean looksLikeGibberish(String folded) {
        String letters = folded.replaceAll("[^a-z]", "");
        if (letters.length() < 12) {
            return false;
        }
        long vowels = letters.chars().filter(c -> "aeiouy".indexOf(c) >= 0).count();
        String[] words = folded.trim().split(" ");
        long withoutVowel = Arrays.stream(words).filter(w -> w.matches("[a-z]{3,}") && !w.matches(".*[aeiouy].*")).count();
        return vowels * 5 < letters.length() || withoutVowel * 2 > words.length;
    }
}
