package vn.egov.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import vn.egov.payments.api.FeeOrders.FeeKind;
import vn.egov.payments.api.FeeOrders.FeeLine;

/** A fee or charge the province collects, as admins keep it. */
@Entity
@Table(name = "fee_code", schema = "payments")
public class FeeCode {
    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private FeeKind kind;

    private long amount;

    @Column(name = "legal_basis")
    private String legalBasis;

    private boolean active;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected FeeCode() {}

    public FeeCode(String code, OffsetDateTime at, String by) {
        this.code = code;
        this.active = true;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Sets what the code stands for (the form has checked it). */
    public void define(
            String name, FeeKind kind, long amount, String legalBasis, boolean active, OffsetDateTime at, String by) {
        this.name = name;
        this.kind = kind;
        this.amount = amount;
        this.legalBasis = legalBasis;
        this.active = active;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public FeeLine line() {
        return new FeeLine(code, name, kind, amount, legalBasis);
    }

    public String getCode() {
        return code;
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

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
