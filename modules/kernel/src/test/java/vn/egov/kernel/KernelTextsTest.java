package vn.egov.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.egov.kernel.testing.SourceTexts.bundle;
import static vn.egov.kernel.testing.SourceTexts.files;
import static vn.egov.kernel.testing.SourceTexts.keysUsedIn;
import static vn.egov.kernel.testing.SourceTexts.stripComments;
import static vn.egov.kernel.testing.SourceTexts.vietnameseLiterals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.account.CitizenRegistration;
import vn.egov.kernel.account.RegistrationRules;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.calendar.WorkingDayRules;
import vn.egov.kernel.testing.SourceTexts;

/**
 * Every text the kernel's code and pages name is in both languages, the two languages have the
 * same keys, and the kernel's Java holds no Vietnamese text of its own.
 */
class KernelTextsTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    /**
     * The ways kernel code names a key of its bundle: after the bundle ({@code Message.of(BUNDLE,
     * "key")}, {@code Message.text(locale, Messages.BUNDLE, "key")}, {@code "i18n.kernel", "key"});
     * a setting's label ({@code SettingDefinition.integer(BUNDLE, "k")} is {@code setting.k}); the
     * kernel's refusals and texts ({@code KernelRefusal.invalid("key")}, {@code .text("key")},
     * {@code .invalidField("field", "key")}); the page helpers ({@code Messages.text(faces, "key")},
     * {@code Messages.info("key")}); and the descriptor's menu entries and tiles ({@link SourceTexts#DESCRIPTOR_KEYS}).
     */
    private static final List<Pattern> KEY_USES = Stream.concat(
                    Stream.of(
                            Pattern.compile(
                                    "(SettingDefinition\\.\\w+\\(\\s*)?(?:\\b\\w+\\.)?\\bBUNDLE\\s*,\\s*\"([^\"]*)\""),
                            Pattern.compile("()\"i18n\\.kernel\"\\s*,\\s*\"([^\"]*)\""),
                            Pattern.compile("()KernelRefusal\\.(?:text|invalid|notFound|conflict)\\(\\s*\"([^\"]*)\""),
                            Pattern.compile("()KernelRefusal\\.invalidField\\(\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\""),
                            Pattern.compile("()\\bMessages\\.text\\((?:[^\"();]|\\([^()\"]*\\))*?,\\s*\"([^\"]*)\""),
                            Pattern.compile("()\\bMessages\\.info\\(\\s*\"([^\"]*)\"")),
                    SourceTexts.DESCRIPTOR_KEYS.stream())
            .toList();

    /** {@code msg['key']} in a page; keys built in EL ({@code msg['role.'.concat(r)]}) are not checked. */
    private static final Pattern PAGE_KEY = Pattern.compile("\\bmsg\\['([^']+)'\\]");

    /** Files whose string literals may hold Vietnamese, each with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "vn/egov/kernel/web/DatabaseOutage.java",
            "the page answered while the database is down: static HTML in both languages, written without"
                    + " Faces or the database, both of which are what is failing");

    @Test
    void everyKeyTheCodeAndPagesUseIsInBothLanguages() throws IOException {
        Properties vietnamese = bundle("kernel.properties");
        Properties english = bundle("kernel_en.properties");
        Set<String> used = new TreeSet<>();
        for (Path source : files(JAVA, ".java")) {
            used.addAll(keysUsedIn(stripComments(Files.readString(source)), KEY_USES));
        }
        assertTrue(used.size() > 100, "keys found in the code: " + used.size() + " " + used);
        for (Path page : files(PAGES, ".xhtml")) {
            Matcher m = PAGE_KEY.matcher(Files.readString(page));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.removeIf(key -> key.endsWith("."));
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!vietnamese.containsKey(key)) {
                missing.add(key + " (vi)");
            }
            if (!english.containsKey(key)) {
                missing.add(key + " (en)");
            }
        }
        assertEquals(Set.of(), missing, "keys the code or the pages use that the bundle lacks");
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties vietnamese = bundle("kernel.properties");
        Properties english = bundle("kernel_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        assertTrue(bundle("kernel_vi.properties").isEmpty(), "the Vietnamese texts are the base bundle's");
        // a text with arguments goes through MessageFormat, where a lone ' starts a quotation;
        // one without is shown as written, where '' would show twice
        Map<String, String> wrong = new TreeMap<>();
        for (Properties texts : List.of(vietnamese, english)) {
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = text.matches("(?s).*\\{\\d.*");
                if (formatted ? text.replace("''", "").contains("'") : text.contains("''")) {
                    wrong.put(key, text);
                }
            }
        }
        assertEquals(Map.of(), wrong, "apostrophes: '' where the text has arguments, ' where it has none");
    }

    @Test
    void theKernelsJavaHoldsNoVietnameseText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            String name = JAVA.relativize(source).toString().replace('\\', '/');
            if (!ALLOWED.containsKey(name)) {
                vietnameseLiterals(Files.readString(source)).forEach(l -> found.add(name + ": " + l));
            }
        }
        assertEquals(List.of(), found, "Vietnamese text in Java: move it to i18n/kernel.properties");
        for (String allowed : ALLOWED.keySet()) {
            assertTrue(Files.exists(JAVA.resolve(allowed)), "allowed file no longer exists: " + allowed);
        }
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        String code = """
                /** Tên đăng nhập "không đúng" */
                class X {
                    // "bình luận"
                    void a() {
                        LOG.info("Đã gửi " + n);
                        audit.record("kernel.x", "x", id,
                                "vào " + target + " từ " + day);
                        throw KernelRefusal.invalid("org.levelExists", "Cấp");
                        errors.put("x", Message.of(KernelModule.BUNDLE, "register.title"));
                        String s = Messages.text(FacesContext.getCurrentInstance(), "identity.notFound");
                        t = SettingDefinition.integer(BUNDLE, "kernel.api.tokenMinutes", 60, 1, 1440);
                        u = HomeTile.of(BUNDLE, Audience.ADMIN, "tile.accounts", "tile.accounts.text", "/a", "pi");
                        v = \"""
                            Nội dung
                            \""";
                    }
                }
                """;
        List<String> found = vietnameseLiterals(code);
        assertEquals(2, found.size(), found.toString());
        assertEquals("\"Cấp\"", found.get(0));
        assertTrue(found.get(1).startsWith("\"\"\"") && found.get(1).contains("Nội dung"), found.get(1));
        assertEquals(
                Set.of(
                        "org.levelExists",
                        "register.title",
                        "identity.notFound",
                        "setting.kernel.api.tokenMinutes",
                        "tile.accounts",
                        "tile.accounts.text"),
                keysUsedIn(stripComments(code), KEY_USES));
    }

    @Test
    void refusalsAndFormErrorsReadInEachLanguage() {
        FieldErrors errors = FieldErrors.keyed(RegistrationRules.check(
                new CitizenRegistration("a", " ", "12", "not-an-email", null, "short", "short")));
        assertEquals("Mật khẩu phải có ít nhất 8 ký tự.", errors.byField().get("password"));
        assertEquals(
                "The password must have at least 8 characters.",
                errors.fields(Locale.ENGLISH).get("password"));
        assertEquals(
                "The personal identification number (CCCD) must have exactly 12 digits.",
                errors.fields(Locale.ENGLISH).get("cccd"));
        Refusal taken = KernelRefusal.conflict("org.unitCodeTaken", "SXD");
        assertEquals(409, taken.status());
        assertEquals("conflict", taken.code());
        assertEquals("Mã đơn vị SXD đã được dùng.", taken.getMessage());
        assertEquals("Unit code SXD is already in use.", taken.message(Locale.ENGLISH));
        Refusal missing = KernelRefusal.notFound("org.unitNotFound", "12345");
        assertEquals(404, missing.status());
        assertEquals("Unit 12345 was not found.", missing.message(Locale.ENGLISH));
        Refusal noRecipient = KernelRefusal.invalidField("recipient", "notification.recipientRequired");
        assertEquals(Map.of("recipient", "The recipient is missing."), noRecipient.fields(Locale.ENGLISH));
    }

    @Test
    void theDescriptorAndHolidaysReadInEachLanguage() {
        KernelModule kernel = new KernelModule();
        assertEquals("Nền tảng dùng chung", kernel.nameVi());
        assertEquals("Shared platform", kernel.nameEn());
        assertTrue(kernel.menuEntries().stream()
                .anyMatch(e ->
                        e.labelVi().equals("Xác minh danh tính") && e.labelEn().equals("Identity check")));
        assertTrue(kernel.homeTiles().stream()
                .anyMatch(t -> t.titleVi().equals("Cơ cấu tổ chức")
                        && t.textEn().equals("Province, communes and agencies; dated renames and merges.")));
        Message compensatory = new WorkingDayRules(day -> null).holidayName(LocalDate.of(2027, 5, 3));
        assertEquals("Nghỉ bù (Ngày Quốc tế Lao động (1/5))", compensatory.in(Message.VIETNAMESE));
        assertEquals("Day off in lieu of International Labour Day (1 May)", compensatory.in(Locale.ENGLISH));
    }
}
