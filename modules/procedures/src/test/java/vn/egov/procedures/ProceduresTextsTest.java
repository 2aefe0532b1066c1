package vn.egov.procedures;

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
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.testing.SourceTexts;
import vn.egov.procedures.domain.Channel;
import vn.egov.procedures.domain.DeadlineUnit;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.DossierStatus;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.FormKind;
import vn.egov.procedures.domain.OnTimeClass;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.ResultDelivery;
import vn.egov.procedures.domain.Tier;

/**
 * Every text the procedures module shows is in its bundle in both languages: keys its Java names,
 * keys its pages name ({@code pr['...']}, {@code msg['...']} in the kernel's bundle), keys built
 * from enums, settings' labels and help, audit actions; no Vietnamese literal in its Java; and
 * MessageFormat texts without a lone apostrophe.
 */
class ProceduresTextsTest {
    private static final String KEY_PREFIXES =
            "refusal|api|module|menu|tile|own|form|submit|mine|office|inbox|walkIn|countdown|lookup|catalogue|procedure|dossier|admin|portal|demo|notice";
    private static final List<Pattern> JAVA_KEYS = List.of(
            Pattern.compile("()\"((?:" + KEY_PREFIXES + ")\\.[A-Za-z0-9][A-Za-z0-9_.]*)\""),
            Pattern.compile("()\\baudit\\s*\\.\\s*record\\(\\s*\"(procedures\\.[A-Za-z.]+)\""));

    /** Keys the pages and the PDF build from an enum's names: prefix, names. */
    private static final Map<String, List<String>> FROM_ENUMS = Map.ofEntries(
            Map.entry("status.", names(DossierStatus.values())),
            Map.entry("action.", names(DossierAction.values())),
            Map.entry("tier.", names(Tier.values())),
            Map.entry("level.", names(OnlineLevel.values())),
            Map.entry("unit.", names(DeadlineUnit.values())),
            Map.entry("feeTiming.", names(FeeTiming.values())),
            Map.entry("channel.", names(Channel.values())),
            Map.entry("delivery.", names(ResultDelivery.values())),
            Map.entry("onTime.", names(OnTimeClass.values())),
            Map.entry("box.", names(DossierQueries.Box.values())),
            Map.entry("form.", names(FormKind.values())),
            Map.entry("part.", List.of("COMPONENT", "RESULT", "FORM")),
            Map.entry("fee.", names(vn.egov.payments.api.FeeOrders.OrderStatus.values())),
            Map.entry("role.", List.of("OFFICER", "LEADER")),
            Map.entry("portal.state.", List.of("PENDING", "FAILED", "SENT")),
            Map.entry(
                    "audit.procedures.dossier.",
                    names(DossierAction.values()).stream()
                            .map(n -> n.toLowerCase(Locale.ROOT))
                            .toList()));

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void everyKeyTheCodeAndPagesUseIsInBothLanguages() throws IOException {
        Properties vietnamese = bundle("procedures.properties");
        Properties english = bundle("procedures_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));

        SourceTexts.KeysUsed keys =
                SourceTexts.keysOfModule("procedures", JAVA_KEYS, "pr", FROM_ENUMS, new ProceduresModule().settings());
        Set<String> used = keys.module();
        assertTrue(used.size() > 150, "keys found: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(vietnamese::containsKey);
        assertEquals(Set.of(), missing, "keys the module uses that its bundle lacks");

        assertEquals(Set.of(), keys.kernelMissing(), "kernel keys the pages use that the kernel's bundle lacks");
    }

    /** Java files allowed Vietnamese literals: none (the forms' texts are in the bundle, read in Vietnamese). */
    private static final Set<String> ALLOWED = Set.of();

    @Test
    void theJavaHoldsNoVietnameseLiteral() throws IOException {
        assertEquals(List.of(), SourceTexts.vietnameseLiteralsOfModule(ALLOWED));
    }

    @Test
    void messageFormatTextsKeepTheirApostrophesAndTheEnglishHasNoVietnamese() throws IOException {
        assertEquals(List.of(), SourceTexts.bundleProblems("procedures"));
    }

    @Test
    void theDescriptorAndARefusalReadInEachLanguage() {
        ProceduresModule procedures = new ProceduresModule();
        assertEquals("Thủ tục hành chính", procedures.nameVi());
        List<String> texts = new ArrayList<>();
        for (MenuEntry e : procedures.menuEntries()) {
            texts.addAll(List.of(e.labelVi(), e.labelEn()));
        }
        for (HomeTile t : procedures.homeTiles()) {
            texts.addAll(List.of(t.titleVi(), t.titleEn(), t.textVi(), t.textEn()));
        }
        assertEquals(
                List.of(),
                texts.stream().filter(t -> t.matches("[a-z]+(\\.\\w+)+")).toList(),
                "keys unread");
        ProceduresRefusal refusal = ProceduresRefusal.invalid("text", "refusal.textTooLong", 2000);
        assertTrue(
                refusal.message(Locale.forLanguageTag("vi")).contains("2000")
                        || refusal.message(Locale.forLanguageTag("vi")).contains("2.000"),
                refusal.message(Locale.forLanguageTag("vi")));
        assertTrue(
                refusal.message(Locale.ENGLISH).matches("[\\x20-\\x7E]+"),
                "English refusal: " + refusal.message(Locale.ENGLISH));
        var step = new vn.egov.procedures.domain.IllegalDossierStep(DossierAction.RECEIVE, DossierStatus.DRAFT);
        assertEquals("Cannot receive the dossier while the dossier is \"Draft\".", step.message(Locale.ENGLISH));
    }
}
