package vn.egov.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One imported settlement file: the day, where it came from, and what reconciling it found. */
@Entity
@Table(name = "settlement_import", schema = "payments")
public class SettlementDay {
    @Id
    private LocalDate day;

    @Column(name = "imported_at")
    private OffsetDateTime importedAt;

    @Column(name = "imported_by")
    private String importedBy;

    private String source;

    @Column(name = "file_sha256")
    private String fileSha256;

    private int lines;

    @Column(name = "payments_total")
    private long paymentsTotal;

    @Column(name = "refunds_total")
    private long refundsTotal;

    private int matched;
    private int mismatched;

    protected SettlementDay() {}

    public SettlementDay(
            LocalDate day,
            OffsetDateTime importedAt,
            String importedBy,
            String source,
            String fileSha256,
            int lines,
            long paymentsTotal,
            long refundsTotal,
            int matched,
            int mismatched) {
        this.day = day;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.source = source;
        this.fileSha256 = fileSha256;
        this.lines = lines;
        this.paymentsTotal = paymentsTotal;
        this.refundsTotal = refundsTotal;
        this.matched = matched;
        this.mismatched = mismatched;
    }

    public LocalDate getDay() {
        return day;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getSource() {
        return source;
    }

    public int getLines() {
        return lines;
    }

    public long getPaymentsTotal() {
        return paymentsTotal;
    }

    public long getRefundsTotal() {
        return refundsTotal;
    }

    public int getMatched() {
        return matched;
    }

    public int getMismatched() {
        return mismatched;
    }
}
