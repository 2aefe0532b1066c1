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

    @Inject
    vn.egov.payments.RefundDesk refunds;

    @Inject
    vn.egov.kernel.api.Caller caller;

    @Inject
    vn.egov.payments.ReceiptChanges changes;

    private String changeName;
    private String changeId;
    private String changeAddress;
    private String changeReason;
    private Long refundAmount;
    private Long availableSeen;
    private String refundReason;
    private final java.util.Map<Long, String> decisionNotes = new java.util.HashMap<>();

    private String code;
    private Long amount;
    private String kind = CounterKind.CASH.name();
    private String note;
    private transient FeeOrder order;

    public void load() {
        order = queries.forStaff(code).orElse(null);
        if (order != null && availableSeen == null) {
            // what the officer sees now is what his refund request is checked against
            availableSeen = order.getRefundable();
        }
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

    public List<vn.egov.payments.domain.ReceiptChange> getChanges() {
        return getOrder() == null ? List.of() : changes.ofOrder(order.getId());
    }

    /** The receipt that stands (issued, not cancelled), if any. */
    public Receipt getValidReceipt() {
        return getReceipts().stream()
                .filter(r -> r.getStatus() == vn.egov.payments.domain.ReceiptStatus.ISSUED)
                .findFirst()
                .orElse(null);
    }

    public String requestChange() {
        Receipt valid = getValidReceipt();
        if (valid == null) {
            return null;
        }
        try {
            changes.request(valid.getId(), changeReason, changeName, changeId, changeAddress);
            return done("change.requested");
        } catch (FieldErrors e) {
            PageMessages.show("change", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String approveChange(long id) {
        try {
            changes.approve(id);
            return done("change.approved");
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    public String rejectChange(long id) {
        try {
            changes.reject(id);
            return done("change.rejected");
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    public String getChangeName() {
        return changeName;
    }

    public void setChangeName(String changeName) {
        this.changeName = changeName;
    }

    public String getChangeId() {
        return changeId;
    }

    public void setChangeId(String changeId) {
        this.changeId = changeId;
    }

    public String getChangeAddress() {
        return changeAddress;
    }

    public void setChangeAddress(String changeAddress) {
        this.changeAddress = changeAddress;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public List<vn.egov.payments.domain.Refund> getRefunds() {
        return getOrder() == null ? List.of() : refunds.ofOrder(order.getId());
    }

    /** Whether the caller leads the order's agency (and so decides refunds). */
    public boolean isLeader() {
        return getOrder() != null
                && caller.agencies().stream()
                        .anyMatch(a ->
                                a.agency().id() == order.getAgencyId() && a.role() == vn.egov.kernel.api.Role.LEADER);
    }

    public String requestRefund() {
        try {
            refunds.request(
                    code,
                    refundAmount == null ? -1 : refundAmount,
                    availableSeen == null ? -1 : availableSeen,
                    refundReason);
            return done("refund.requested");
        } catch (FieldErrors e) {
            PageMessages.show("refund", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String approveRefund(long id) {
        try {
            var refund = refunds.approve(id, decisionNotes.get(id));
            return done(
                    refund.getStatus() == vn.egov.payments.domain.RefundStatus.SUCCESS
                            ? "refund.done"
                            : "refund.failedNow");
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    public String rejectRefund(long id) {
        try {
            refunds.reject(id, decisionNotes.get(id));
            return done("refund.rejected");
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    private String done(String key) {
        PageMessages.info(PageMessages.text(PaymentsModule.BUNDLE, key));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/office/payments/order.xhtml?faces-redirect=true&code=" + code;
    }

    public Long getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(Long refundAmount) {
        this.refundAmount = refundAmount;
    }

    public Long getAvailableSeen() {
        return availableSeen;
    }

    public void setAvailableSeen(Long availableSeen) {
        this.availableSeen = availableSeen;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public java.util.Map<Long, String> getDecisionNotes() {
        return decisionNotes;
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
