package vn.egov.payments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.payments.FeeOrderBook;
import vn.egov.payments.OnlinePayments;
import vn.egov.payments.OrderQueries;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.Receipt;

/**
 * The payer's page for one order ({@code /payments/pay.xhtml?order=TT-...}): what is owed and for
 * what, online payment through the gateway or the counter, earlier attempts, and the receipt once paid.
 * Whoever holds the order's code may pay it (as a payment link).
 */
@Named
@ViewScoped
public class PayOrder implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FeeOrderBook orders;

    @Inject
    OrderQueries queries;

    @Inject
    OnlinePayments online;

    private String code;
    /** One key per view: a double click or a repeated post starts the same attempt. */
    private final String idempotencyKey = UUID.randomUUID().toString();

    private transient FeeOrder order;
    private transient List<PaymentAttempt> attempts;
    private transient List<Receipt> receipts;

    public void load() {
        order = code == null ? null : orders.byCode(code.strip()).orElse(null);
    }

    public FeeOrder getOrder() {
        if (order == null && code != null) {
            load();
        }
        return order;
    }

    public List<PaymentAttempt> getAttempts() {
        if (attempts == null && getOrder() != null) {
            attempts = queries.attempts(order.getId());
        }
        return attempts == null ? List.of() : attempts;
    }

    public List<Receipt> getReceipts() {
        if (receipts == null && getOrder() != null) {
            receipts = queries.receipts(order.getId());
        }
        return receipts == null ? List.of() : receipts;
    }

    /**
     * Starts an online attempt and goes to the page that sends the payer on to the gateway (the
     * platform's policy lets forms post only to itself, so the hop to the gateway is a link).
     */
    public String payOnline() {
        try {
            String locale = "en".equals(vn.egov.kernel.api.Message.pageLocale().getLanguage()) ? "en" : "vi";
            OnlinePayments.Started started =
                    online.start(code, idempotencyKey, OnlinePayments.bodyHash(code, locale), locale);
            return "/payments/go.xhtml?faces-redirect=true&ref="
                    + started.attempt().getTxnRef();
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    public String find() {
        return "/payments/pay.xhtml?faces-redirect=true&order="
                + (code == null ? "" : code.strip().toUpperCase());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
