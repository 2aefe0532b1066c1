package vn.egov.payments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A receipt template and series an agency registered with the tax authority, with the range of
 * numbers it may give. Numbers are taken by one guarded update ({@code ReceiptIssuer}), never here.
 */
@Entity
@Table(name = "receipt_series", schema = "payments")
public class ReceiptSeries {
    @Id
    @SequenceGenerator(name = "series_seq", schema = "payments", sequenceName = "series_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "series_seq")
    private Long id;

    @Column(name = "agency_id")
    private long agencyId;

    @Column(name = "template_symbol")
    private String templateSymbol;

    @Column(name = "series_symbol")
    private String seriesSymbol;

    @Column(name = "number_from")
    private int numberFrom;

    @Column(name = "number_to")
    private int numberTo;

    @Column(name = "next_number")
    private int nextNumber;

    @Column(name = "collector_name")
    private String collectorName;

    @Column(name = "collector_tax_code")
    private String collectorTaxCode;

    @Column(name = "collector_address")
    private String collectorAddress;

    private boolean active;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected ReceiptSeries() {}

    public ReceiptSeries(
            long agencyId,
            String templateSymbol,
            String seriesSymbol,
            int numberFrom,
            int numberTo,
            String collectorName,
            String collectorTaxCode,
            String collectorAddress,
            OffsetDateTime now,
            String by) {
        this.agencyId = agencyId;
        this.templateSymbol = templateSymbol;
        this.seriesSymbol = seriesSymbol;
        this.numberFrom = numberFrom;
        this.numberTo = numberTo;
        this.nextNumber = numberFrom;
        this.collectorName = collectorName;
        this.collectorTaxCode = collectorTaxCode;
        this.collectorAddress = collectorAddress;
        this.active = true;
        this.createdAt = now;
        this.createdBy = by;
    }

    public void close() {
        this.active = false;
    }

    /** The number as printed: seven digits. */
    public static String printed(int number) {
        return String.format("%07d", number);
    }

    public Long getId() {
        return id;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getTemplateSymbol() {
        return templateSymbol;
    }

    public String getSeriesSymbol() {
        return seriesSymbol;
    }

    public int getNumberFrom() {
        return numberFrom;
    }

    public int getNumberTo() {
        return numberTo;
    }

    public int getNextNumber() {
        return nextNumber;
    }

    public int getUsed() {
        return nextNumber - numberFrom;
    }

    public String getCollectorName() {
        return collectorName;
    }

    public String getCollectorTaxCode() {
        return collectorTaxCode;
    }

    public String getCollectorAddress() {
        return collectorAddress;
    }

    public boolean isActive() {
        return active;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
