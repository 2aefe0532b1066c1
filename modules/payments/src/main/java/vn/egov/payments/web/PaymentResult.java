package vn.egov.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.payments.OnlinePayments;
import vn.egov.payments.OrderQueries;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.Receipt;

/**
 * Where the gateway sends the payer back ({@code /payments/return.xhtml?vnp_...}). It only shows:
 * the attempt's state as the IPN recorded it (paid, failed with the reason in plain words, or
 * still waiting, when the page reloads itself).
 */
@Named
@ViewScoped
public class PaymentResult implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OnlinePayments online;

    @Inject
    OrderQueries queries;

    private String txnRef;
    private boolean signed;
    private transient PaymentAttempt attempt;
    private transient Receipt receipt;

    public void load() {
        Map<String, String> params = new LinkedHashMap<>(
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        attempt = online.returned(params).orElse(null);
        signed = attempt != null;
        txnRef = attempt == null ? null : attempt.getTxnRef();
    }

    public PaymentAttempt getAttempt() {
        if (attempt == null && txnRef != null) {
            attempt = online.byTxnRef(txnRef, false).orElse(null);
        }
        return attempt;
    }

    public Receipt getReceipt() {
        if (receipt == null && getAttempt() != null && attempt.isFinished()) {
            receipt = queries.receipts(attempt.getOrder().getId()).stream()
                    .filter(r -> r.getAttempt().getId().equals(attempt.getId()))
                    .findFirst()
                    .orElse(null);
        }
        return receipt;
    }

    public boolean isSigned() {
        return signed;
    }
}
