package vn.egov.payments.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An electronic receipt (biên lai điện tử) for a paid order: what the payer and the tax authority
 * read, fixed when it is issued. Its PDF is made and sealed after the payment commits.
 */
@Entity
@Table(name = "receipt", schema = "payments")
public class Receipt {
    @Id
    @SequenceGenerator(name = "receipt_seq", schema = "payments", sequenceName = "receipt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private FeeOrder order;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private PaymentAttempt attempt;

    @ManyToOne
    @JoinColumn(name = "series_id")
    private ReceiptSeries series;

    private Integer number;

    @Column(name = "lookup_code")
    private String lookupCode;

    @Enumerated(EnumType.STRING)
    private ReceiptStatus status;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    private long total;

    @Column(name = "total_words")
    private String totalWords;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_id_number")
    private String payerIdNumber;

    @Column(name = "payer_address")
    private String payerAddress;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Column(name = "method_detail")
    private String methodDetail;

    @Column(name = "gateway_txn_no")
    private String gatewayTxnNo;

    @ManyToOne
    @JoinColumn(name = "replaces_id")
    private Receipt replaces;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Column(name = "sealed_at")
    private OffsetDateTime sealedAt;

    @Column(name = "sealed_by")
    private String sealedBy;

    @Column(name = "seal_failure")
    private String sealFailure;

    @Version
    private long version;

    protected Receipt() {}

    /** The receipt of a paid attempt; its number is taken by the issuer in the same transaction. */
    public Receipt(PaymentAttempt attempt, ReceiptSeries series, Integer number, String lookupCode, OffsetDateTime at) {
        FeeOrder o = attempt.getOrder();
        this.order = o;
        this.attempt = attempt;
        this.series = series;
        this.number = number;
        this.lookupCode = lookupCode;
        this.status = series == null ? ReceiptStatus.AWAITING : ReceiptStatus.ISSUED;
        this.issuedAt = at;
        this.total = attempt.getAmount();
        this.totalWords = AmountInWords.of(attempt.getAmount());
        this.payerName = o.getPayerName();
        this.payerIdNumber = o.getPayerIdNumber();
        this.payerAddress = o.getPayerAddress();
        this.method = attempt.getMethod();
        this.methodDetail = attempt.getMethod() == PaymentMethod.COUNTER
                ? attempt.getCounterKind().name()
                : attempt.getBankCode();
        this.gatewayTxnNo = attempt.getGatewayTxnNo();
    }

    /**
     * A receipt replacing another (whose payer details were wrong): same payment, the corrected
     * payer, a new number; it names the one it replaces.
     */
    public static Receipt replacing(
            Receipt original,
            ReceiptSeries series,
            Integer number,
            String lookupCode,
            OffsetDateTime at,
            String payerName,
            String payerIdNumber,
            String payerAddress) {
        Receipt r = new Receipt(original.attempt, series, number, lookupCode, at);
        r.replaces = original;
        r.payerName = payerName;
        r.payerIdNumber = payerIdNumber;
        r.payerAddress = payerAddress;
        return r;
    }

    /** A series with numbers left was registered for the agency: the waiting receipt takes its number now. */
    public void numbered(ReceiptSeries series, int number, OffsetDateTime at) {
        this.series = series;
        this.number = number;
        this.status = ReceiptStatus.ISSUED;
        this.issuedAt = at;
    }

    /** The receipt no longer stands (its money was given back); it stays readable, marked cancelled. */
    public void cancel(String reason, OffsetDateTime at) {
        this.status = ReceiptStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    public void sealed(byte[] pdf, OffsetDateTime at, String by) {
        this.pdf = pdf;
        this.sealedAt = at;
        this.sealedBy = by;
        this.sealFailure = null;
    }

    public void sealFailed(String why) {
        this.sealFailure = why == null ? null : why.substring(0, Math.min(300, why.length()));
    }

    /** The printed number with its symbols: {@code 01BLP0-001 BN-26E 0000123}. */
    public String getFullNumber() {
        return series == null
                ? null
                : series.getTemplateSymbol() + " " + series.getSeriesSymbol() + " " + ReceiptSeries.printed(number);
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

    public ReceiptSeries getSeries() {
        return series;
    }

    public Integer getNumber() {
        return number;
    }

    public String getLookupCode() {
        return lookupCode;
    }

    public ReceiptStatus getStatus() {
        return status;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public long getTotal() {
        return total;
    }

    public String getTotalWords() {
        return totalWords;
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

    public PaymentMethod getMethod() {
        return method;
    }

    public String getMethodDetail() {
        return methodDetail;
    }

    public String getGatewayTxnNo() {
        return gatewayTxnNo;
    }

    public Receipt getReplaces() {
        return replaces;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public OffsetDateTime getSealedAt() {
        return sealedAt;
    }

    public String getSealedBy() {
        return sealedBy;
    }

    public String getSealFailure() {
        return sealFailure;
    }
}
