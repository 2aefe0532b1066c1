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

/** One try at paying a fee order, with its state machine. */
@Entity
@Table(name = "attempt", schema = "payments")
public class PaymentAttempt {
    @Id
    @SequenceGenerator(name = "attempt_seq", schema = "payments", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private FeeOrder order;

    @Column(name = "txn_ref")
    private String txnRef;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Enumerated(EnumType.STRING)
    private PaymentState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_code")
    private FailureCode failureCode;

    private boolean finished;
    private long amount;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "client_address")
    private String clientAddress;

    @Column(name = "gateway_txn_no")
    private String gatewayTxnNo;

    @Column(name = "gateway_code")
    private String gatewayCode;

    @Column(name = "bank_code")
    private String bankCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "counter_kind")
    private CounterKind counterKind;

    @Column(name = "counter_note")
    private String counterNote;

    @Column(name = "needs_refund")
    private boolean needsRefund;

    @Version
    private long version;

    protected PaymentAttempt() {}

    private PaymentAttempt(
            FeeOrder order,
            String txnRef,
            PaymentMethod method,
            OffsetDateTime now,
            OffsetDateTime expiresAt,
            String createdBy,
            String clientAddress) {
        this.order = order;
        this.txnRef = txnRef;
        this.method = method;
        this.state = PaymentState.CREATED;
        this.amount = order.getTotal();
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.clientAddress = clientAddress;
    }

    /** A new online attempt for the whole of an unpaid order. */
    public static PaymentAttempt online(
            FeeOrder order, String txnRef, OffsetDateTime now, OffsetDateTime expiresAt, String by, String address) {
        order.checkPayable();
        return new PaymentAttempt(order, txnRef, PaymentMethod.ONLINE, now, expiresAt, by, address);
    }

    /** A payment an officer took at the desk: successful from the start. */
    public static PaymentAttempt counter(
            FeeOrder order, String txnRef, OffsetDateTime now, String officer, CounterKind kind, String note) {
        order.checkPayable();
        PaymentAttempt attempt = new PaymentAttempt(order, txnRef, PaymentMethod.COUNTER, now, now, officer, null);
        attempt.counterKind = kind;
        attempt.counterNote = note;
        attempt.succeed(now, null, null, null);
        return attempt;
    }

    /** The payer was sent to the gateway. */
    public void start() {
        require(state == PaymentState.CREATED, "start");
        state = PaymentState.STARTED;
    }

    /** The payer came back from the gateway; its confirmation has not arrived yet. */
    public void submit() {
        require(state == PaymentState.CREATED || state == PaymentState.STARTED, "submit");
        state = PaymentState.SUBMITTED;
    }

    /** The gateway confirmed the money: the order is paid by this attempt. */
    public void succeed(OffsetDateTime at, String gatewayTxnNo, String gatewayCode, String bankCode) {
        require(!finished, "succeed");
        this.state = PaymentState.SUCCESS;
        this.finished = true;
        this.finishedAt = at;
        this.gatewayTxnNo = gatewayTxnNo;
        this.gatewayCode = gatewayCode;
        this.bankCode = bankCode;
        order.paid(method, at);
    }

    /** The attempt ended without money: refused, expired, cancelled or in error. */
    public void fail(FailureCode code, OffsetDateTime at, String gatewayTxnNo, String gatewayCode) {
        require(!finished, "fail");
        this.state = code.state();
        this.failureCode = code;
        this.finished = true;
        this.finishedAt = at;
        this.gatewayTxnNo = gatewayTxnNo;
        this.gatewayCode = gatewayCode;
    }

    /**
     * The gateway took money for an order that another attempt had already paid: this attempt is
     * an error, kept for a refund.
     */
    public void paidTwice(OffsetDateTime at, String gatewayTxnNo, String gatewayCode) {
        fail(FailureCode.P0050, at, gatewayTxnNo, gatewayCode);
        this.needsRefund = true;
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new IllegalPaymentStep(state, step);
        }
    }

    public Long getId() {
        return id;
    }

    public FeeOrder getOrder() {
        return order;
    }

    public String getTxnRef() {
        return txnRef;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public PaymentState getState() {
        return state;
    }

    public FailureCode getFailureCode() {
        return failureCode;
    }

    public boolean isFinished() {
        return finished;
    }

    public long getAmount() {
        return amount;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getGatewayTxnNo() {
        return gatewayTxnNo;
    }

    public String getGatewayCode() {
        return gatewayCode;
    }

    public String getBankCode() {
        return bankCode;
    }

    public CounterKind getCounterKind() {
        return counterKind;
    }

    public String getCounterNote() {
        return counterNote;
    }

    public boolean isNeedsRefund() {
        return needsRefund;
    }

    public long getVersion() {
        return version;
    }
}
