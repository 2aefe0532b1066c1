package vn.egov.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.payments.CounterPayments;
import vn.egov.payments.Ledger;
import vn.egov.payments.OrderQueries;
import vn.egov.payments.PaymentsModule;
import vn.egov.payments.domain.CounterKind;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.Receipt;

/**
 * One order for staff ({@code /office/payments/order.xhtml?code=}): lines, attempts, receipts and
 * ledger entries, and the counter payment an officer records at the desk.
 */
@Named
@ViewScoped
public class OrderDesk implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries queries;

    @Inject
    CounterPayments counter;

    private String code;
    private Long amount;
    private String kind = CounterKind.CASH.name();
    private String note;
    private transient FeeOrder order;

    public void load() {
        order = queries.forStaff(code).orElse(null);
    }

    /** The order, or null when there is none of the caller's agencies with this code. */
    public FeeOrder getOrder() {
        if (order == null && code != null) {
            load();
        }
        return order;
    }

    public List<PaymentAttempt> getAttempts() {
        return getOrder() == null ? List.of() : queries.attempts(order.getId());
    }

    public List<Receipt> getReceipts() {
        return getOrder() == null ? List.of() : queries.receipts(order.getId());
    }

    public List<Ledger.Entry> getLedger() {
        return getOrder() == null ? List.of() : queries.ledger(order.getId());
    }

    public String recordCounter() {
        try {
            counter.record(code, amount == null ? -1 : amount, CounterKind.valueOf(kind), note);
            PageMessages.info(PageMessages.text(PaymentsModule.BUNDLE, "desk.recorded"));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/office/payments/order.xhtml?faces-redirect=true&code=" + code;
        } catch (FieldErrors e) {
            PageMessages.show("counter", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public CounterKind[] getKinds() {
        return CounterKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
