package vn.egov.payments.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders.FeeOrderView;
import vn.egov.payments.api.FeeOrders.OrderNotPayable;
import vn.egov.payments.api.FeeOrders.OrderStatus;

/** What a payer owes an agency for one case of another module. */
@Entity
@Table(name = "fee_order", schema = "payments")
public class FeeOrder {
    @Id
    @SequenceGenerator(name = "fee_order_seq", schema = "payments", sequenceName = "fee_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_order_seq")
    private Long id;

    private String code;

    @Column(name = "case_module")
    private String caseModule;

    @Column(name = "case_code")
    private String caseCode;

    @Column(name = "case_title")
    private String caseTitle;

    @Column(name = "payer_username")
    private String payerUsername;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_id_number")
    private String payerIdNumber;

    @Column(name = "payer_address")
    private String payerAddress;

    @Column(name = "agency_id")
    private long agencyId;

    private long total;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_method")
    private PaymentMethod paidMethod;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    private long refunded;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_line", schema = "payments", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("lineNo")
    private List<FeeLineItem> lines = new ArrayList<>();

    @Version
    private long version;

    protected FeeOrder() {}

    /** A new unpaid order; {@link OrderDraft#check()} has checked what it is made of. */
    public FeeOrder(String code, OrderDraft draft, OffsetDateTime now, String createdBy) {
        this.code = code;
        this.caseModule = draft.reference().module();
        this.caseCode = draft.reference().code();
        this.caseTitle = draft.caseTitle();
        this.payerUsername = draft.payerUsername();
        this.payerName = draft.payerName();
        this.payerIdNumber = draft.payerIdNumber();
        this.payerAddress = draft.payerAddress();
        this.agencyId = draft.agencyId();
        this.dueAt = draft.dueAt();
        this.status = OrderStatus.UNPAID;
        this.createdAt = now;
        this.createdBy = createdBy;
        int n = 1;
        long sum = 0;
        for (var line : draft.lines()) {
            lines.add(new FeeLineItem(n++, line));
            sum = Math.addExact(sum, line.amount());
        }
        this.total = sum;
    }

    /** Refuses a payment when the order is not waiting for one. */
    public void checkPayable() {
        if (status != OrderStatus.UNPAID) {
            throw new OrderNotPayable("refusal.order." + status.name());
        }
    }

    void paid(PaymentMethod method, OffsetDateTime at) {
        checkPayable();
        this.status = OrderStatus.PAID;
        this.paidMethod = method;
        this.paidAt = at;
    }

    /** Money given back on the paid order. */
    void refunded(long amount) {
        if (status != OrderStatus.PAID || refunded + amount > total) {
            throw new IllegalStateException("refund of " + amount + " on " + code + " exceeds what was paid");
        }
        this.refunded += amount;
    }

    /** What may still be refunded. */
    public long getRefundable() {
        return status == OrderStatus.PAID ? total - refunded : 0;
    }

    /** The agency or the owning module gives up the order before it is paid. */
    public void cancel(String reason) {
        checkPayable();
        this.status = OrderStatus.CANCELLED;
        this.cancelReason = reason;
    }

    /** The order passed its due time unpaid. */
    public void expire() {
        checkPayable();
        this.status = OrderStatus.EXPIRED;
    }

    public boolean isDue(OffsetDateTime now) {
        return status == OrderStatus.UNPAID && dueAt != null && !now.isBefore(dueAt);
    }

    public FeeOrderView view() {
        return new FeeOrderView(
                code,
                reference(),
                caseTitle,
                payerName,
                agencyId,
                total,
                refunded,
                status,
                paidMethod == null ? null : paidMethod.name(),
                paidAt,
                lines.stream().map(FeeLineItem::line).toList());
    }

    public CaseReference reference() {
        return new CaseReference(caseModule, caseCode);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCaseTitle() {
        return caseTitle;
    }

    public String getPayerUsername() {
        return payerUsername;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getPayerIdNumber() {
        return payerIdNumber;
    }

    public String getPayerAddress() {
        return payerAddress;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public long getTotal() {
        return total;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public PaymentMethod getPaidMethod() {
        return paidMethod;
    }

    public OffsetDateTime getPaidAt() {
        return paidAt;
    }

    public long getRefunded() {
        return refunded;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public List<FeeLineItem> getLines() {
        return lines;
    }

    public long getVersion() {
        return version;
    }
}
