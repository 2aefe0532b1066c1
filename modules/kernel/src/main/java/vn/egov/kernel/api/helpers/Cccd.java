package vn.egov.kernel.api.helpers;

import java.time.Year;
import java.util.Optional;
import java.util.Set;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/**
 * A citizen's 12-digit personal identification number (số định danh cá nhân, printed on the
 * CCCD card). Digits 1-3 are the province of birth registration, digit 4 encodes sex and
 * century, digits 5-6 the year of birth, digits 7-12 a serial number (Circular 59/2021/TT-BCA).
 */
public record Cccd(String value) {

    private static final Set<String> PROVINCE_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    /** The kernel's bundle, which holds this class's texts (named here: the api package stands alone). */
    private static final String BUNDLE = "i18n.kernel";

    /** @throws Refusal (400, {@code invalid}, field {@code cccd}) when the number is not valid */
    public Cccd {
        Optional<Message> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new Refusal(400, "invalid", "cccd", problem.get());
        }
    }

    /** Why the text is not a valid number (a message of the kernel's bundle), or empty when it is valid. */
    public static Optional<Message> problemWith(String text) {
        if (text == null || !text.matches("\\d{12}")) {
            return Optional.of(Message.of(BUNDLE, "cccd.length"));
        }
        if (!PROVINCE_CODES.contains(text.substring(0, 3))) {
            return Optional.of(Message.of(BUNDLE, "cccd.province"));
        }
        int century = 1900 + 100 * ((text.charAt(3) - '0') / 2);
        int birthYear = century + Integer.parseInt(text.substring(4, 6));
        if (birthYear > Year.now().getValue()) {
            return Optional.of(Message.of(BUNDLE, "cccd.futureBirthYear"));
        }
        return Optional.empty();
    }

    public int birthYear() {
        return 1900 + 100 * ((value.charAt(3) - '0') / 2) + Integer.parseInt(value.substring(4, 6));
    }

    @Override
    public String toString() {
        // never print a whole personal number in logs
        return value.substring(0, 3) + "******" + value.substring(9);
    }
}
