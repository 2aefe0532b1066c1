package vn.egov.payments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.egov.payments.ReceiptQueries;
import vn.egov.payments.domain.Receipt;

/**
 * The public receipt lookup ({@code /payments/receipt.xhtml?so=&kh=&ma=}): anyone with a receipt's
 * number, series and lookup code sees it and downloads its sealed PDF.
 */
@Named
@ViewScoped
public class ReceiptLookup implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReceiptQueries receipts;

    private Integer number;
    private String series;
    private String lookupCode;
    private boolean looked;
    private transient Receipt receipt;

    public void load() {
        looked = number != null && lookupCode != null;
        receipt = looked
                ? receipts.byLookup(lookupCode, number)
                        .filter(r -> series == null
                                || series.isBlank()
                                || r.getSeries().getSeriesSymbol().equalsIgnoreCase(series.strip()))
                        .orElse(null)
                : null;
    }

    public String find() {
        return "/payments/receipt.xhtml?faces-redirect=true&so=" + (number == null ? "" : number) + "&kh="
                + (series == null ? "" : series.strip().toUpperCase()) + "&ma="
                + (lookupCode == null ? "" : lookupCode.strip().toUpperCase());
    }

    public Receipt getReceipt() {
        if (receipt == null && looked) {
            load();
        }
        return receipt;
    }

    public boolean isLooked() {
        return looked;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public String getLookupCode() {
        return lookupCode;
    }

    public void setLookupCode(String lookupCode) {
        this.lookupCode = lookupCode;
    }
}
