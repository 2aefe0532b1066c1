package vn.egov.feedback.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.egov.kernel.api.helpers.VietnameseText;

/**
 * Looks at a report before anything of it is published: links, listed keywords (betting, SEO
 * spam...), text without spaces, gibberish, and floods from one account or address. It only
 * gives reasons; a report with reasons is held for a moderator, never dropped.
 *
 * <p>Every submission passes here, so the checks are single passes over the text rather than
 * regular expressions (which cost a tenth of a submission's processor time); ScreeningTest
 * holds the expressions they replace and compares both on generated text.
 */
public final class Screening {
    /** Top-level domains that mark a bare address such as "nhacai.vip" as a link. */
    static final Set<String> LINK_DOMAINS = Set.of(
            "com", "net", "org", "xyz", "top", "club", "info", "io", "me", "bet", "vip", "link", "site", "online");

    private static final int LONGEST_WORD = 40;
    private static final int REPEATS = 8;

    private final List<String> keywords;
    private final int floodHoldAfter;

    /**
     * @param keywordLists comma- or line-separated lists, compared without diacritics or case
     * @param floodHoldAfter reports from one account or address within the flood window above which new ones are held
     */
    public Screening(List<String> keywordLists, int floodHoldAfter) {
        this.keywords = keywordLists.stream()
                .flatMap(list -> Arrays.stream(list == null ? new String[0] : list.split("[,\\n;]")))
                .map(VietnameseText::fold)
                .filter(k -> !k.isEmpty())
                .distinct()
                .toList();
        this.floodHoldAfter = floodHoldAfter;
    }

    /** The reasons to hold the text, in Vietnamese; empty when it may go on. */
    public List<String> reasons(String title, String description, int recentFromSameSource) {
        String text = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
        List<String> reasons = new ArrayList<>();
        if (hasLink(text)) {
            reasons.add("có đường dẫn (liên kết)");
        }
        String folded = " " + VietnameseText.fold(text) + " ";
        for (String keyword : keywords) {
            if (folded.contains(" " + keyword + " ")) {
                reasons.add("có từ khóa bị chặn \"" + keyword + "\"");
                break;
            }
        }
        if (longestWord(text) > LONGEST_WORD) {
            reasons.add("có chuỗi ký tự dài không có khoảng trắng");
        }
        if (hasRepeatedCharacter(text) || looksLikeGibberish(folded)) {
            reasons.add("nội dung giống ký tự vô nghĩa");
        }
        if (recentFromSameSource >= floodHoldAfter) {
            reasons.add("gửi quá nhiều phản ánh trong thời gian ngắn (" + (recentFromSameSource + 1) + " phản ánh)");
        }
        return reasons;
    }

    /**
     * "http://", "https://" or "www." anywhere, in any case; or a word of at least two letters,
     * digits or hyphens, a dot and a listed top-level domain ending a word ("nhacai.vip").
     */
    static boolean hasLink(String text) {
        String lower = asciiLowerCase(text);
        if (lower.contains("http://") || lower.contains("https://") || lower.contains("www.")) {
            return true;
        }
        for (int dot = lower.indexOf('.'); dot >= 0; dot = lower.indexOf('.', dot + 1)) {
            int start = dot;
            while (start > 0 && isLabel(lower.charAt(start - 1))) {
                start--;
            }
            // the shortest label that still starts at a word boundary, as \b[a-z0-9-]{2,} finds it
            boolean found = false;
            for (int from = start; from <= dot - 2 && !found; from++) {
                found = boundary(lower, from);
            }
            if (!found) {
                continue;
            }
            int end = dot + 1;
            while (end < lower.length() && lower.charAt(end) >= 'a' && lower.charAt(end) <= 'z') {
                end++;
            }
            // a shorter domain may end at a boundary inside a longer run ("x.com-a" ends at "com")
            for (int stop = dot + 2; stop <= end; stop++) {
                if (LINK_DOMAINS.contains(lower.substring(dot + 1, stop)) && boundary(lower, stop)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only A-Z lowered, as the expression's (?i) without UNICODE_CASE compares; positions stay. */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    private static boolean isLabel(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
    }

    /**
     * A word boundary at {@code i} as java.util.regex's \b sees it: a word character (letter,
     * digit, underscore, or a non-spacing mark on one) on one side only.
     */
    private static boolean boundary(String s, int i) {
        boolean before = i > 0 && isWordAt(s, i - Character.charCount(s.codePointBefore(i)));
        boolean after = i < s.length() && isWordAt(s, i);
        return before != after;
    }

    private static boolean isWordAt(String s, int i) {
        int c = s.codePointAt(i);
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i; x >= 0; x--) {
            int base = s.codePointAt(x);
            if (Character.isLetterOrDigit(base)) {
                return true;
            }
            if (Character.getType(base) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /** The longest run of characters between ASCII white space (what \s matches). */
    static int longestWord(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                run = 0;
            } else if (++run > longest) {
                longest = run;
            }
        }
        return longest;
    }

    /** The same character (other than a line end) eight or more times in a row. */
    static boolean hasRepeatedCharacter(String text) {
        int previous = -1;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                previous = -1;
                run = 0;
            } else if (c == previous) {
                if (++run >= REPEATS) {
                    return true;
                }
            } else {
                previous = c;
                run = 1;
            }
        }
        return false;
    }

    /**
     * Vietnamese syllables almost always hold a vowel; keyboard mashing ("sdfghjkl qwrtp") does not.
     * Text where fewer than a fifth of the letters are vowels, or most words have none, is gibberish.
     *
     * @param folded text as {@link VietnameseText#fold} gives it, with a space before and after
     */
    static boolean looksLikeGibberish(String folded) {
        int letters = 0;
        int vowels = 0;
        int words = 0;
        int withoutVowel = 0;
        String trimmed = folded.trim();
        int wordLength = 0;
        boolean wordAllLetters = true;
        boolean wordHasVowel = false;
        for (int i = 0; i <= trimmed.length(); i++) {
            char c = i < trimmed.length() ? trimmed.charAt(i) : ' ';
            if (c == ' ') {
                words++;
                if (wordAllLetters && wordLength >= 3 && !wordHasVowel) {
                    withoutVowel++;
                }
                wordLength = 0;
                wordAllLetters = true;
                wordHasVowel = false;
                continue;
            }
            wordLength++;
            if (c >= 'a' && c <= 'z') {
                letters++;
                if ("aeiouy".indexOf(c) >= 0) {
                    vowels++;
                    wordHasVowel = true;
                }
            } else {
                wordAllLetters = false;
            }
        }
        if (letters < 12) {
            return false;
        }
        return vowels * 5L < letters || withoutVowel * 2L > words;
    }
}
