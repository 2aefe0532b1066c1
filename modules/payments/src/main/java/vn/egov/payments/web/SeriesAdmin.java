package vn.egov.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.payments.PaymentsModule;
import vn.egov.payments.ReceiptSeriesBook;
import vn.egov.payments.domain.ReceiptSeries;

/** Admins register receipt templates and series per agency, and close a series. */
@Named
@ViewScoped
public class SeriesAdmin implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReceiptSeriesBook book;

    private Long agencyId;
    private String template = "01BLP0-001";
    private String series;
    private Integer from = 1;
    private Integer to = 999_999;
    private String collectorName;
    private String taxCode;
    private String address;

    public List<ReceiptSeries> getAll() {
        return book.all();
    }

    public String register() {
        try {
            book.register(new ReceiptSeriesBook.SeriesForm(
                    agencyId, template, series, from, to, collectorName, taxCode, address));
            PageMessages.info(PageMessages.text(PaymentsModule.BUNDLE, "series.registered"));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/payments/series.xhtml?faces-redirect=true";
        } catch (FieldErrors e) {
            PageMessages.show("register", e);
        } catch (Refusal r) {
            PageMessages.error(r);
        }
        return null;
    }

    public String close(long id) {
        try {
            book.close(id);
            PageMessages.info(PageMessages.text(PaymentsModule.BUNDLE, "series.closed"));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/payments/series.xhtml?faces-redirect=true";
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public String getCollectorName() {
        return collectorName;
    }

    public void setCollectorName(String collectorName) {
        this.collectorName = collectorName;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
