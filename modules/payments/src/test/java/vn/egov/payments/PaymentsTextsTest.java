package vn.egov.payments;

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
import vn.egov.payments.api.FeeOrders;
import vn.egov.payments.domain.CounterKind;
import vn.egov.payments.domain.FailureCode;
import vn.egov.payments.domain.PaymentMethod;
import vn.egov.payments.domain.PaymentState;
import vn.egov.payments.domain.ReceiptStatus;

/**
 * Every text the payments module shows is in its bundle in both languages: keys its Java names,
 * keys its pages name ({@code pay['...']}, {@code msg['...']} in the kernel's bundle), keys built
 * from enums, settings' labels and help, audit actions; no Vietnamese literal in its Java; and
 * MessageFormat texts without a lone apostrophe.
 */
class PaymentsTextsTest {
    private static final String KEY_PREFIXES =
            "refusal|order|api|series|desk|module|menu|tile|own|pdf|receipt|result|pay|orders|refund|reconciliation|go|change|fees";
    private static final List<Pattern> JAVA_KEYS = List.of(
            Pattern.compile("()\"((?:" + KEY_PREFIXES + ")\\.[A-Za-z0-9][A-Za-z0-9_.]*)\""),
            Pattern.compile("()\\baudit\\s*\\.\\s*record\\(\\s*\"(payments\\.[A-Za-z.]+)\""));

    /** Keys the pages and the PDF build from an enum's names: prefix, names. */
    private static final Map<String, List<String>> FROM_ENUMS = Map.ofEntries(
            Map.entry("order.status.", names(FeeOrders.OrderStatus.values())),
            Map.entry("refusal.order.", names(FeeOrders.OrderStatus.values())),
            Map.entry("method.", names(PaymentMethod.values())),
            Map.entry("counter.", names(CounterKind.values())),
            Map.entry("state.", names(PaymentState.values())),
            Map.entry("failure.", names(FailureCode.values())),
            Map.entry("receipt.status.", names(ReceiptStatus.values())),
            Map.entry("kind.", names(FeeOrders.FeeKind.values())),
            Map.entry("pdf.kind.", names(FeeOrders.FeeKind.values())),
            Map.entry("pdf.method.", List.of("ONLINE", "CASH", "CARD")),
            Map.entry("ledger.", List.of("PAYMENT", "REFUND", "SETTLEMENT")),
            Map.entry("refundStatus.", names(vn.egov.payments.domain.RefundStatus.values())),
            Map.entry("source.", List.of("GATEWAY", "UPLOAD")),
            Map.entry("changeStatus.", List.of("REQUESTED", "APPROVED", "REJECTED")),
            Map.entry("mismatch.", List.of("NOT_SETTLED", "UNKNOWN_HERE", "AMOUNT_DIFFERS")),
            Map.entry(
                    "account.",
                    List.of(
                            "payer_clearing",
                            "gateway_receivable",
                            "cash_at_desk",
                            "agency_revenue",
                            "refunds_payable",
                            "bank")));

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void everyKeyTheCodeAndPagesUseIsInBothLanguages() throws IOException {
        Properties vietnamese = bundle("payments.properties");
        Properties english = bundle("payments_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));

        SourceTexts.KeysUsed keys =
                SourceTexts.keysOfModule("payments", JAVA_KEYS, "pay", FROM_ENUMS, new PaymentsModule().settings());
        Set<String> used = keys.module();
        assertTrue(used.size() > 150, "keys found: " + used.size());
        Set<String> missing = new TreeSet<>(used);
        missing.removeIf(vietnamese::containsKey);
        assertEquals(Set.of(), missing, "keys the module uses that its bundle lacks");

        assertEquals(Set.of(), keys.kernelMissing(), "kernel keys the pages use that the kernel's bundle lacks");
    }

    /**
     * Java files allowed Vietnamese literals, with the reason: the reading of an amount in words
     * is itself Vietnamese text printed on every receipt, whatever the reader's language.
     */
    private static final Set<String> ALLOWED = Set.of("AmountInWords.java");

    @Test
    void theJavaHoldsNoVietnameseLiteral() throws IOException {
        assertEquals(List.of(), SourceTexts.vietnameseLiteralsOfModule(ALLOWED));
    }

    @Test
    void messageFormatTextsKeepTheirApostrophesAndTheEnglishHasNoVietnamese() throws IOException {
        assertEquals(List.of(), SourceTexts.bundleProblems("payments"));
    }

    @Test
    void theDescriptorAndARefusalReadInEachLanguage() {
        PaymentsModule payments = new PaymentsModule();
        assertEquals("Thanh toán phí, lệ phí", payments.nameVi());
        List<String> texts = new ArrayList<>();
        for (MenuEntry e : payments.menuEntries()) {
            texts.addAll(List.of(e.labelVi(), e.labelEn()));
        }
        for (HomeTile t : payments.homeTiles()) {
            texts.addAll(List.of(t.titleVi(), t.titleEn(), t.textVi(), t.textEn()));
        }
        assertEquals(
                List.of(),
                texts.stream().filter(t -> t.matches("[a-z]+(\\.\\w+)+")).toList(),
                "keys unread");
        PaymentsRefusal refusal = PaymentsRefusal.invalid("amount", "refusal.counterAmount", 150000);
        assertTrue(
                refusal.message(Locale.forLanguageTag("vi")).contains("150"),
                refusal.message(Locale.forLanguageTag("vi")));
        assertTrue(
                refusal.message(Locale.ENGLISH).matches("[\\x20-\\x7E]+"),
                "English refusal: " + refusal.message(Locale.ENGLISH));
    }
}
