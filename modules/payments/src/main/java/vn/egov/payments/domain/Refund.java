package vn.egov.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Refusal;

/**
 * Money of a paid order given back, all or part: an officer asks (with the amount available he
 * saw), a leader other than him decides, the gateway (or the desk, for cash) pays it out.
 */
@Entity
@Table(name = "refund", schema = "payments")
public class Refund {
    private static final String BUNDLE = "i18n.payments";

    @Id
    @SequenceGenerator(name = "refund_seq", schema = "payments", sequenceName = "refund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private FeeOrder order;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private PaymentAttempt attempt;

    private long amount;

    @Column(name = "available_seen")
    private long availableSeen;

    private String reason;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "gateway_txn_no")
    private String gatewayTxnNo;

    @Column(name = "gateway_code")
    private String gatewayCode;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Version
    private long version;

    protected Refund() {}

    /**
     * An officer's request. The amount available is checked against what he saw (someone else may
     * have refunded meanwhile) and the amount against it.
     */
    public Refund(
            FeeOrder order,
            PaymentAttempt paid,
            long amount,
            long availableSeen,
            long availableNow,
            String reason,
            String by,
            OffsetDateTime at) {
        if (availableSeen != availableNow) {
            throw new Refusal(
                    409, "conflict", "available", Message.of(BUNDLE, "refund.availableChanged", availableNow));
        }
        if (amount <= 0 || amount > availableNow) {
            throw new Refusal(400, "invalid", "amount", Message.of(BUNDLE, "refund.amount", availableNow));
        }
        if (reason == null || reason.strip().length() < 5 || reason.length() > 500) {
            throw new Refusal(400, "invalid", "reason", Message.of(BUNDLE, "refund.reason"));
        }
        this.order = order;
        this.attempt = paid;
        this.amount = amount;
        this.availableSeen = availableSeen;
        this.reason = reason.strip();
        this.status = RefundStatus.REQUESTED;
        this.requestedBy = by;
        this.requestedAt = at;
    }

    /** A leader who did not ask for it decides. */
    private void decide(String by, String note, OffsetDateTime at, RefundStatus to) {
        FourEyes.check(status == RefundStatus.REQUESTED, requestedBy, by);
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
        this.status = to;
    }

    public void approve(String by, String note, OffsetDateTime at) {
        decide(by, note, at, RefundStatus.SUBMITTED);
    }

    public void reject(String by, String note, OffsetDateTime at) {
        decide(by, note, at, RefundStatus.REJECTED);
    }

    /** The money went back: the order's refunded amount grows. */
    public void succeeded(String txnNo, String code, OffsetDateTime at) {
        requireSubmitted();
        this.status = RefundStatus.SUCCESS;
        this.gatewayTxnNo = txnNo;
        this.gatewayCode = code;
        this.finishedAt = at;
        order.refunded(amount);
    }

    public void failed(String code, OffsetDateTime at) {
        requireSubmitted();
        this.status = RefundStatus.FAILED;
        this.gatewayCode = code;
        this.finishedAt = at;
    }

    private void requireSubmitted() {
        if (status != RefundStatus.SUBMITTED) {
            throw new Refusal(409, "conflict", null, Message.of(BUNDLE, "refund.decided"));
        }
    }

    public boolean isFull() {
        return amount == order.getTotal() - order.getRefunded();
    }

    public Long getId() {
        return id;
    }

    public FeeOrder getOrder() {
        return order;
    }

    public PaymentAttempt getAttempt() {
        return attempt;
    }

    public long getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getGatewayTxnNo() {
        return gatewayTxnNo;
    }

    public String getGatewayCode() {
        return gatewayCode;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
