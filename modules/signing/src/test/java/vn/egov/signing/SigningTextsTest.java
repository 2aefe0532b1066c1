package vn.egov.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.egov.kernel.testing.SourceTexts.bundle;
import static vn.egov.kernel.testing.SourceTexts.files;
import static vn.egov.kernel.testing.SourceTexts.keysUsedIn;
import static vn.egov.kernel.testing.SourceTexts.stripComments;
import static vn.egov.kernel.testing.SourceTexts.vietnameseLiterals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.testing.SourceTexts;
import vn.egov.signing.api.DocumentChange;
import vn.egov.signing.api.PersonalSignatures;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.domain.Credential;
import vn.egov.signing.pdf.DocumentRejected;

/**
 * Every text the signing module's code and pages name is in both languages, the two languages
 * have the same keys, and the module's Java holds no Vietnamese text of its own outside what
 * goes into signed documents and certificates.
 */
class SigningTextsTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path PAGES = Path.of("src/main/resources/META-INF/resources");

    /** The first parts of the module's message keys: a string literal starting so is a key wherever it is passed. */
    private static final String KEY_PREFIXES =
            "verify|revocation|document|seal|factor|sign|admin|kind|status|change|csc|menu|tile|module";

    /**
     * The ways signing code names a key of its bundle: any literal shaped like one of its keys
     * ({@code new SigningRefused("sign.noAgency")}, {@code text(language, "csc.name", ...)}); a
     * literal after the bundle ({@code PageMessages.text(BUNDLE, "key")}, {@code "i18n.signing",
     * "key"}); a setting's label ({@code SettingDefinition.text(BUNDLE, "k")} is {@code setting.k});
     * and the descriptor's menu entries and tiles ({@link SourceTexts#DESCRIPTOR_KEYS}).
     */
    private static final List<Pattern> KEY_USES = Stream.concat(
                    Stream.of(
                            Pattern.compile("()\"((?:" + KEY_PREFIXES + ")\\.[A-Za-z0-9][A-Za-z0-9_.]*)\""),
                            Pattern.compile(
                                    "(SettingDefinition\\.\\w+\\(\\s*)?(?:\\b\\w+\\.)?\\bBUNDLE\\s*,\\s*\"([^\"]*)\""),
                            Pattern.compile("()\"i18n\\.signing\"\\s*,\\s*\"([^\"]*)\"")),
                    SourceTexts.DESCRIPTOR_KEYS.stream())
            .toList();

    /** {@code sg['key']} in a page (the module's bundle, see META-INF/faces-config.xml); keys built in EL are checked below. */
    private static final Pattern PAGE_KEY = Pattern.compile("\\bsg\\['([^']+)'\\]");

    /** {@code msg['key']} in a page: the kernel's bundle. */
    private static final Pattern KERNEL_PAGE_KEY = Pattern.compile("\\bmsg\\['([^']+)'\\]");

    /** Vietnamese the Java may hold: a whole file, or one literal of it (quotes included), with the reason. */
    private record Allowed(String file, String literal, String reason) {}

    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(
                    "vn/egov/signing/pdf/StampAppearance.java",
                    null,
                    "the visible stamp is drawn into the PDF and signed with it: part of the signed document, in"
                            + " Vietnamese whatever the signer's page language; its alphabet of Vietnamese letters is"
                            + " what the stamp's font is cut down to, not a text"),
            new Allowed(
                    "vn/egov/signing/ca/CertificateAuthority.java",
                    null,
                    "the built-in CA's names (root, issuing CA, time-stamping service) are written into its"
                            + " certificates for their whole life: certificate data, in Vietnamese by design"),
            new Allowed(
                    "vn/egov/signing/SigningModule.java",
                    "\"UBND tỉnh Bắc Ninh\"",
                    "the default of the setting signing.ca.organisation: the proper name of the organisation the"
                            + " CA's root names, not a text"));

    /**
     * Keys left in the bundles but no longer used, with what replaced them: their English has a
     * lone ' that MessageFormat swallows ("{0}'s credential" showed as "{0}s credential"), and the
     * bundles only grow at their end while others append to them. Delete both lines of each when
     * the files may be rewritten, then this list.
     */
    private static final Map<String, String> SUPERSEDED = Map.of(
            "admin.imported", "admin.credentialImported",
            "admin.revoked", "admin.credentialRevoked");

    @Test
    void everyKeyTheCodeAndPagesUseIsInBothLanguages() throws IOException {
        Properties vietnamese = bundle("signing.properties");
        Properties english = bundle("signing_en.properties");
        Set<String> used = new TreeSet<>();
        for (Path source : files(JAVA, ".java")) {
            used.addAll(keysUsedIn(stripComments(Files.readString(source)), KEY_USES));
        }
        assertTrue(used.size() > 60, "keys found in the code: " + used.size() + " " + used);
        Set<String> onPages = new TreeSet<>();
        Set<String> kernelOnPages = new TreeSet<>();
        for (Path page : files(PAGES, ".xhtml")) {
            String xhtml = Files.readString(page);
            Matcher m = PAGE_KEY.matcher(xhtml);
            while (m.find()) {
                onPages.add(m.group(1));
            }
            Matcher k = KERNEL_PAGE_KEY.matcher(xhtml);
            while (k.find()) {
                kernelOnPages.add(k.group(1));
            }
        }
        assertTrue(onPages.size() > 80, "keys found in the pages: " + onPages.size() + " " + onPages);
        used.addAll(onPages);
        used.addAll(builtFromEnums());
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
        Properties kernel = new Properties();
        try (InputStream in = Message.class.getResourceAsStream("/i18n/kernel.properties")) {
            kernel.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        kernelOnPages.stream()
                .filter(key -> !kernel.containsKey(key))
                .forEach(key -> missing.add("msg['" + key + "'] (kernel)"));
        assertEquals(Set.of(), missing, "keys the code or the pages use that the bundle lacks");
        assertEquals(
                Set.of(),
                used.stream().filter(SUPERSEDED::containsKey).collect(java.util.stream.Collectors.toSet()),
                "superseded keys: use " + SUPERSEDED);
    }

    /**
     * Keys the code and pages build from an enum constant: {@code "document." + reason},
     * {@code sg['kind.'.concat(...)]}, {@code sg['status.'...]}, {@code sg['revocation.' += ...]},
     * {@code sg['change.' += ...]} and {@code sg['sign.stamp.'.concat(c)]} (with NONE, no stamp).
     */
    private static Set<String> builtFromEnums() {
        Set<String> keys = new TreeSet<>();
        Map<String, Enum<?>[]> families = Map.of(
                "document.", DocumentRejected.Reason.values(),
                "kind.", HolderKind.values(),
                "status.", Credential.Status.values(),
                "revocation.", SignatureCheck.Revocation.values(),
                "change.", DocumentChange.Kind.values(),
                "sign.stamp.", PersonalSignatures.Corner.values());
        families.forEach((prefix, constants) -> {
            for (Enum<?> constant : constants) {
                keys.add(prefix + constant.name());
            }
        });
        keys.add("sign.stamp.NONE");
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties vietnamese = bundle("signing.properties");
        Properties english = bundle("signing_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        assertTrue(bundle("signing_vi.properties").isEmpty(), "the Vietnamese texts are the base bundle's");
        // a text with arguments goes through MessageFormat, where a lone ' starts a quotation;
        // one without is shown as written, where '' would show twice
        Map<String, String> wrong = new TreeMap<>();
        for (Properties texts : List.of(vietnamese, english)) {
            for (String key : texts.stringPropertyNames()) {
                if (SUPERSEDED.containsKey(key)) {
                    continue;
                }
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
    void theModulesJavaHoldsNoVietnameseText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            String name = JAVA.relativize(source).toString().replace('\\', '/');
            if (ALLOWED.stream().anyMatch(a -> a.file().equals(name) && a.literal() == null)) {
                continue;
            }
            for (String literal : vietnameseLiterals(Files.readString(source))) {
                if (ALLOWED.stream().noneMatch(a -> a.file().equals(name) && literal.equals(a.literal()))) {
                    found.add(name + ": " + literal);
                }
            }
        }
        assertEquals(List.of(), found, "Vietnamese text in Java: move it to i18n/signing.properties");
        for (Allowed allowed : ALLOWED) {
            assertFalse(allowed.reason().isBlank(), "a reason for " + allowed.file());
            Path file = JAVA.resolve(allowed.file());
            assertTrue(Files.exists(file), "allowed file no longer exists: " + allowed.file());
            List<String> literals = vietnameseLiterals(Files.readString(file));
            assertTrue(
                    allowed.literal() == null ? !literals.isEmpty() : literals.contains(allowed.literal()),
                    "allowed, but no longer there: " + allowed.file() + " " + allowed.literal());
        }
    }

    @Test
    void theChecksFindWhatTheyLookFor() {
        String code = """
                /** Mã "không đúng" */
                class X {
                    // "bình luận"
                    void a() {
                        LOG.info("Đã ký " + n);
                        audit.record("signing.signed", "document", id,
                                "lý do " + reason);
                        throw new SigningRefused("sign.noAgency");
                        String s = PageMessages.text(BUNDLE, "admin.p12.oneKey", "Lãnh đạo");
                        t = SettingDefinition.text(BUNDLE, "signing.ca.organisation", DEFAULT_ORGANISATION);
                        u = HomeTile.of(BUNDLE, Audience.CITIZEN, "verify.title", "tile.verify.text", "/verify/index.xhtml", "pi");
                        w = MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.sign", "/office/signing/sign.xhtml", "pi pi-pencil");
                        x = text(language, "csc.name", organisation) + "document.";
                        v = \"""
                            Nội dung
                            \""";
                    }
                }
                """;
        List<String> found = vietnameseLiterals(code);
        assertEquals(2, found.size(), found.toString());
        assertEquals("\"Lãnh đạo\"", found.get(0));
        assertTrue(found.get(1).startsWith("\"\"\"") && found.get(1).contains("Nội dung"), found.get(1));
        assertEquals(
                Set.of(
                        "sign.noAgency",
                        "admin.p12.oneKey",
                        "setting.signing.ca.organisation",
                        "verify.title",
                        "tile.verify.text",
                        "menu.sign",
                        "csc.name"),
                keysUsedIn(stripComments(code), KEY_USES));
    }

    @Test
    void theDescriptorReadsInEachLanguage() {
        SigningModule signing = new SigningModule();
        assertEquals("Ký số từ xa", signing.nameVi());
        assertEquals("Remote signing", signing.nameEn());
        List<String> texts = new ArrayList<>();
        for (MenuEntry e : signing.menuEntries()) {
            texts.addAll(List.of(e.labelVi(), e.labelEn()));
        }
        for (HomeTile t : signing.homeTiles()) {
            texts.addAll(List.of(t.titleVi(), t.titleEn(), t.textVi(), t.textEn()));
        }
        assertEquals(
                List.of(),
                texts.stream().filter(t -> t.matches("[a-z]+(\\.\\w+)+")).toList(),
                "keys unread");
        assertTrue(signing.menuEntries().stream()
                .anyMatch(e ->
                        e.labelVi().equals("Xác thực chữ ký số") && e.labelEn().equals("Verify a signature")));
        assertTrue(signing.menuEntries().stream()
                .anyMatch(e ->
                        e.labelVi().equals("Chứng thư số và CA") && e.labelEn().equals("Certificates and CA")));
        assertTrue(signing.homeTiles().stream()
                .anyMatch(t -> t.titleVi().equals("Xác thực văn bản đã ký số")
                        && t.textEn()
                                .equals("Upload a PDF to see who signed it, when, and whether it was changed after"
                                        + " signing.")));
    }

    @Test
    void theOneTimeCodeAndTheLeadersTitleAreVietnameseWithAnEnglishText() {
        // SecondFactors sends these in Vietnamese; the code follows "là " and a comma, as the
        // end-to-end tests read it from the message
        assertEquals(
                "Mã xác thực ký số của bạn là 012345, dùng một lần trong 5 phút. Không đưa mã này cho bất kỳ ai,"
                        + " kể cả cán bộ.",
                Message.text(Message.VIETNAMESE, SigningModule.BUNDLE, "factor.message.body", "012345"));
        assertEquals(
                "Mã xác thực ký số", Message.text(Message.VIETNAMESE, SigningModule.BUNDLE, "factor.message.subject"));
        assertTrue(Message.text(Locale.ENGLISH, SigningModule.BUNDLE, "factor.message.body", "012345")
                .startsWith("Your signing code is 012345."));
        assertEquals(
                "Ký số UBND tỉnh Bắc Ninh",
                Message.text(Message.VIETNAMESE, SigningModule.BUNDLE, "factor.issuer", "UBND tỉnh Bắc Ninh"));
        // PersonalCredentials writes a leader's title into his certificate, in Vietnamese
        assertEquals("Lãnh đạo", Message.text(Message.VIETNAMESE, SigningModule.BUNDLE, "kind.LEADER"));
        assertEquals("Leader", Message.text(Locale.ENGLISH, SigningModule.BUNDLE, "kind.LEADER"));
    }
}
