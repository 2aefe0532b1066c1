package vn.egov.payments.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.egov.payments.PaymentsText;
import vn.egov.payments.domain.AmountInWords;

/** Amounts on pages: {@code #{paymentsView.money(150000)}} is "150.000 ₫", {@code words} reads it out in Vietnamese. */
@Named
@ApplicationScoped
public class PaymentsView {
    public String money(long vnd) {
        return PaymentsText.money(vnd);
    }

    public String words(long vnd) {
        return AmountInWords.of(vnd);
    }
}
