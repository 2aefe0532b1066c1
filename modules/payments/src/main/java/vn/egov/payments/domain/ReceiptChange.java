package vn.egov.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A request to replace a receipt (the payer's details were wrong): asked by an officer with the
 * corrected details and a reason, approved or rejected by a leader other than him.
 */
@Entity
@Table(name = "receipt_change", schema = "payments")
public class ReceiptChange {
    private static final String BUNDLE = "i18n.payments";

    @Id
    @SequenceGenerator(
            name = "receipt_change_seq",
            schema = "payments",
            sequenceName = "receipt_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_change_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt_id")
    private Receipt receipt;

    private String reason;

    @Column(name = "payer_name")
    private String payerName;

    @Column(name = "payer_id_number")
    private String payerIdNumber;

    @Column(name = "payer_address")
    private String payerAddress;

    private String status;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @ManyToOne
    @JoinColumn(name = "replacement_id")
    private Receipt replacement;

    @Version
    private long version;

    protected ReceiptChange() {}

    public ReceiptChange(
            Receipt receipt,
            String reason,
            String payerName,
            String payerIdNumber,
            String payerAddress,
            String by,
            OffsetDateTime at) {
        if (receipt.getStatus() != ReceiptStatus.ISSUED) {
            throw new Refusal(409, "conflict", null, Message.of(BUNDLE, "change.notIssued"));
        }
        this.receipt = receipt;
        this.reason = reason;
        this.payerName = payerName;
        this.payerIdNumber = payerIdNumber;
        this.payerAddress = payerAddress;
        this.status = "REQUESTED";
        this.requestedBy = by;
        this.requestedAt = at;
    }

    private void decide(String by, OffsetDateTime at) {
        FourEyes.check("REQUESTED".equals(status), requestedBy, by);
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void approve(String by, OffsetDateTime at, Receipt replacement) {
        decide(by, at);
        this.status = "APPROVED";
        this.replacement = replacement;
    }

    public void reject(String by, OffsetDateTime at) {
        decide(by, at);
        this.status = "REJECTED";
    }

    public Long getId() {
        return id;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public String getReason() {
        return reason;
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

    public String getStatus() {
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

    public Receipt getReplacement() {
        return replacement;
    }
}
