package vn.egov.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.feedback.domain.ReportDraft;
import vn.egov.kernel.api.FieldErrors;

/** Every text the module's Java code names is in both languages, and a refusal reads in the reader's language. */
class FeedbackTextsTest {
    /**
     * Keys in the code: every string literal of the shape the module's message keys have
     * (refusal.*, draft.*, intake.*, category.*, api.*), wherever it is passed.
     */
    private static final Pattern KEY =
            Pattern.compile("\"((?:refusal|draft|intake|category|api)\\.[a-zA-Z][a-zA-Z.]*)\"");

    @Test
    void everyKeyTheCodeUsesIsInBothLanguagesAndTheLanguagesHaveTheSameKeys() throws IOException {
        Properties vietnamese = bundle("feedback.properties");
        Properties english = bundle("feedback_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, "keys found in the code: " + used);
        used.removeIf(key -> key.endsWith(".") || vietnamese.containsKey(key));
        assertEquals(Set.of(), used, "keys the code uses that the bundle lacks");
    }

    @Test
    void aFormRefusalReadsInEachLanguage() {
        ReportDraft draft = new ReportDraft(
                "MOI_TRUONG",
                "Rác",
                "Rác thải ùn ứ ở chợ nhiều ngày chưa được thu gom.",
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                false,
                java.util.List.of());
        FieldErrors errors = org.junit.jupiter.api.Assertions.assertThrows(FieldErrors.class, draft::check);
        assertEquals(
                "Tiêu đề dài từ 5 đến 200 ký tự (hiện có 3).", errors.byField().get("title"));
        assertEquals(
                "The title must be 5 to 200 characters long (it has 3).",
                errors.fields(Locale.ENGLISH).get("title"));
        assertEquals(
                "Report PA-ABCD2345 is not one of your agency's.",
                new NotAllowed("refusal.notYourAgency", "PA-ABCD2345").message(Locale.ENGLISH));
        assertEquals(403, new NotAllowed("refusal.notLeader").status());
    }

    @Test
    void switchingTheModuleOffClosesEveryOneOfItsApis() throws IOException {
        List<String> prefixes = new FeedbackModule().pathPrefixes();
        Pattern resource = Pattern.compile("@Path\\(\"([^\"]+)\"\\)\\s*(?:@[^\\n]+\\s*)*public class");
        int resources = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = resource.matcher(Files.readString(source));
                while (m.find()) {
                    resources++;
                    String path = "/api/v1/" + m.group(1).replaceAll("^/|/$", "") + "/";
                    assertTrue(
                            prefixes.stream().anyMatch(path::startsWith),
                            path + " is not switched off with the module");
                }
            }
        }
        assertTrue(resources >= 2, "the module's REST resources were found: " + resources);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
