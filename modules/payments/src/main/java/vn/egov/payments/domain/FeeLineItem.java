package vn.egov.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.egov.payments.api.FeeOrders.FeeKind;
import vn.egov.payments.api.FeeOrders.FeeLine;

/** A fee or charge line of an order, numbered from 1. */
@Embeddable
public class FeeLineItem {
    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "fee_code")
    private String feeCode;

    private String name;

    @Enumerated(EnumType.STRING)
    private FeeKind kind;

    private long amount;

    @Column(name = "legal_basis")
    private String legalBasis;

    protected FeeLineItem() {}

    FeeLineItem(int lineNo, FeeLine line) {
        this.lineNo = lineNo;
        this.feeCode = line.feeCode();
        this.name = line.name();
        this.kind = line.kind();
        this.amount = line.amount();
        this.legalBasis = line.legalBasis();
    }

    public FeeLine line() {
        return new FeeLine(feeCode, name, kind, amount, legalBasis);
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getFeeCode() {
        return feeCode;
    }

    public String getName() {
        return name;
    }

    public FeeKind getKind() {
        return kind;
    }

    public long getAmount() {
        return amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }
}
