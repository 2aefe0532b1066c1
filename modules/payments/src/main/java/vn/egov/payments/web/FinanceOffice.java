package vn.egov.payments.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.Refusal;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.payments.PaymentsModule;
import vn.egov.payments.ReceiptUsage;
import vn.egov.payments.Reconciliation;
import vn.egov.payments.api.PaymentFigures;
import vn.egov.payments.domain.SettlementDay;

/**
 * The finance page ({@code /office/payments/finance.xhtml}): this month's figures per agency, the
 * daily reconciliation (fetch the gateway's file or upload it, the days done, the mismatches to
 * resolve with a note), and the receipts usage report with its CSV.
 */
@Named
@ViewScoped
public class FinanceOffice implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE = 5L * 1024 * 1024;

    @Inject
    Reconciliation reconciliation;

    @Inject
    PaymentFigures figures;

    @Inject
    ReceiptUsage usage;

    @Inject
    Clock clock;

    private LocalDate day;
    private LocalDate from;
    private LocalDate to;
    private transient Part file;
    private final Map<Long, String> notes = new HashMap<>();

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    public LocalDate getDay() {
        if (day == null) {
            day = today().minusDays(1);
        }
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate getFrom() {
        if (from == null) {
            from = today().withDayOfMonth(1);
        }
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        if (to == null) {
            to = today();
        }
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public boolean isMayReconcile() {
        return reconciliation.mayReconcile();
    }

    public List<PaymentFigures.AgencyFigures> getFigures() {
        return figures.of(getFrom(), getTo());
    }

    public List<ReceiptUsage.Row> getUsage() {
        return usage.of(getFrom(), getTo());
    }

    public List<SettlementDay> getDays() {
        return reconciliation.days(31);
    }

    public List<Reconciliation.Mismatch> getMismatches() {
        return reconciliation.mismatches(false, 100);
    }

    public String fetch() {
        try {
            done(reconciliation.fetchAndReconcile(getDay()));
            return again();
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    public String upload() {
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_FILE) {
            PageMessages.error(PageMessages.text(PaymentsModule.BUNDLE, "reconciliation.badFile"));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            done(reconciliation.reconcile(getDay(), new String(in.readAllBytes(), StandardCharsets.UTF_8), "UPLOAD"));
            return again();
        } catch (Refusal r) {
            PageMessages.error(r);
        } catch (IOException e) {
            PageMessages.error(PageMessages.text(PaymentsModule.BUNDLE, "reconciliation.badFile"));
        }
        return null;
    }

    public String resolve(long id) {
        try {
            reconciliation.resolve(id, notes.get(id));
            PageMessages.info(PageMessages.text(PaymentsModule.BUNDLE, "reconciliation.resolvedNow"));
            return again();
        } catch (Refusal r) {
            PageMessages.error(r);
            return null;
        }
    }

    /** The usage report's CSV address for the chosen period. */
    public String getUsageCsv() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/payments/receipts/usage?from=" + getFrom() + "&to=" + getTo();
    }

    private void done(Reconciliation.DayResult r) {
        PageMessages.info(PageMessages.text(
                PaymentsModule.BUNDLE,
                "reconciliation.done",
                VietnameseDates.day(r.day()),
                r.lines(),
                r.matched(),
                r.mismatched()));
    }

    private String again() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/office/payments/finance.xhtml?faces-redirect=true";
    }
}
