package vn.egov.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.egov.kernel.testing.SourceTexts.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.indices.domain.EntryStatus;
import vn.egov.indices.domain.IndicatorUnit;
import vn.egov.indices.domain.Measure;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.ScoringRule;
import vn.egov.indices.domain.TargetStatus;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.testing.SourceTexts;

/**
 * Every text the indices module shows is in its bundle in both languages: keys its Java and pages
 * name, keys built from enums and figure names, settings' labels and help, audit actions; no
 * Vietnamese literal in its Java; MessageFormat texts without a lone apostrophe.
 */
class IndicesTextsTest {
    private static final String KEY_PREFIXES =
            "refusal|entry|target|frameworks|dashboard|csv|table|source|measure|export|module|menu|tile|demo|value|records|public|own|dti|plan";
    private static final List<Pattern> JAVA_KEYS = List.of(
            Pattern.compile("()\"((?:" + KEY_PREFIXES + ")\\.[A-Za-z0-9][A-Za-z0-9_.]*)\""),
            Pattern.compile(
                    "()\\baudit\\s*\\.\\s*record(?:As)?\\((?:\\s*[a-z\"]+\\s*,)?\\s*\"(indices\\.[A-Za-z.]+)\""));

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static final Map<String, List<String>> FROM_ENUMS = Map.ofEntries(
            Map.entry("period.", names(PeriodType.values())),
            Map.entry("periodType.", names(PeriodType.values())),
            Map.entry("rule.", names(ScoringRule.values())),
            Map.entry("entry.status.", List.of("NONE", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED")),
            Map.entry("entry.unit.", names(IndicatorUnit.values())),
            Map.entry("step.", List.of("SAVED", "SUBMITTED", "APPROVED", "RETURNED")),
            Map.entry("target.", names(TargetStatus.values())),
            Map.entry("measure.", names(Measure.values())),
            Map.entry("pillar.", List.of("GOVERNMENT", "ECONOMY", "SOCIETY")),
            Map.entry("ranking.", List.of("DEPARTMENT", "COMMUNE")),
            Map.entry("part.", List.of("numerator", "denominator", "shortfall")),
            Map.entry(
                    "preset.",
                    IndicesStartup.PRESETS.stream()
                            .map(IndicesStartup.Preset::code)
                            .toList()),
            Map.entry("figure.", List.copyOf(LiveFigures.NAMES)),
            // the records page's headings, per source of the listed figures, and the catalogue's online levels
            Map.entry(
                    "records.",
                    Stream.of("dossiers", "feedback", "payments", "catalogue")
                            .flatMap(source -> Stream.of("code", "title", "at", "due", "done")
                                    .map(column -> source + "." + column))
                            .toList()),
            Map.entry("records.online.", List.of("FULL", "PARTIAL", "NONE")));

    @Test
    void everyKeyTheCodeAndPagesUseIsInBothLanguages() throws IOException {
        Properties vietnamese = bundle("indices.properties");
        Properties english = bundle("indices_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        assertEquals(
                EntryStatus.values().length + 1, FROM_ENUMS.get("entry.status.").size());
        SourceTexts.KeysUsed keys =
                SourceTexts.keysOfModule("indices", JAVA_KEYS, "ix", FROM_ENUMS, new IndicesModule().settings());
        Set<String> used = keys.module();
        assertTrue(used.size() > 250, "keys found: " + used.size());
        assertTrue(
                used.contains("audit.indices.valueApproved") && used.contains("audit.indices.targetAdded"),
                "audit actions are found");
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(vietnamese::containsKey);
        assertEquals(Set.of(), missing, "keys the module uses that its bundle lacks");
        assertEquals(Set.of(), keys.kernelMissing(), "kernel keys the pages use that the kernel's bundle lacks");
    }

    @Test
    void theJavaHoldsNoVietnameseLiteral() throws IOException {
        assertEquals(List.of(), SourceTexts.vietnameseLiteralsOfModule(Set.of()));
    }

    @Test
    void messageFormatTextsKeepTheirApostrophesAndTheEnglishHasNoVietnamese() throws IOException {
        assertEquals(List.of(), SourceTexts.bundleProblems("indices"));
    }

    @Test
    void theDescriptorAndARefusalReadInEachLanguage() {
        IndicesModule indices = new IndicesModule();
        assertEquals("Chỉ số", indices.nameVi());
        List<String> texts = new ArrayList<>();
        for (MenuEntry e : indices.menuEntries()) {
            texts.addAll(List.of(e.labelVi(), e.labelEn()));
        }
        for (HomeTile t : indices.homeTiles()) {
            texts.addAll(List.of(t.titleVi(), t.titleEn(), t.textVi(), t.textEn()));
        }
        assertEquals(
                List.of(),
                texts.stream().filter(t -> t.matches("[a-z]+(\\.\\w+)+")).toList(),
                "keys unread");
        IndicesRefusal refusal = new IndicesRefusal(400, "invalid", "refusal.badPeriod");
        assertTrue(
                refusal.message(Locale.forLanguageTag("vi")).contains("Kỳ"),
                refusal.message(Locale.forLanguageTag("vi")));
        assertTrue(refusal.message(Locale.ENGLISH).matches("[\\x20-\\x7E]+"), refusal.message(Locale.ENGLISH));
    }
}
