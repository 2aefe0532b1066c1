package vn.egov.payments;

import java.util.Locale;

/** Amounts as people read them: {@code 150.000 ₫}. */
public final class PaymentsText {
    private PaymentsText() {}

    public static String money(long vnd) {
        return String.format(Locale.ROOT, "%,d", vnd).replace(',', '.') + " ₫";
    }
}
