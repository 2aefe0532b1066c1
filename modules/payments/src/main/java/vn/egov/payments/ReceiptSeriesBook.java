package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.payments.domain.ReceiptSeries;

/** Receipt templates and series registered per agency by admins; registering one numbers the receipts that waited. */
@ApplicationScoped
public class ReceiptSeriesBook {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Organisation organisation;

    @Inject
    ReceiptIssuer issuer;

    /** What an admin registers. */
    public record SeriesForm(
            Long agencyId,
            String templateSymbol,
            String seriesSymbol,
            Integer numberFrom,
            Integer numberTo,
            String collectorName,
            String collectorTaxCode,
            String collectorAddress) {}

    @Transactional
    public ReceiptSeries register(SeriesForm f) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (f.agencyId() == null
                || organisation.unit(f.agencyId()).filter(u -> u.agency()).isEmpty()) {
            errors.put("agency", Message.of(PaymentsModule.BUNDLE, "order.agency"));
        }
        String template = upper(f.templateSymbol());
        if (template == null || !template.matches("[0-9]{2}[A-Z0-9]{4}-[0-9]{3}")) {
            errors.put("template", Message.of(PaymentsModule.BUNDLE, "series.templateFormat"));
        }
        String series = upper(f.seriesSymbol());
        if (series == null || !series.matches("[A-Z]{2}-[0-9]{2}E")) {
            errors.put("series", Message.of(PaymentsModule.BUNDLE, "series.seriesFormat"));
        }
        if (f.numberFrom() == null || f.numberFrom() < 1 || f.numberFrom() > 9_999_999) {
            errors.put("from", Message.of(PaymentsModule.BUNDLE, "series.rangeInvalid"));
        }
        if (f.numberTo() == null
                || f.numberTo() > 9_999_999
                || (f.numberFrom() != null && f.numberTo() < f.numberFrom())) {
            errors.put("to", Message.of(PaymentsModule.BUNDLE, "series.rangeInvalid"));
        }
        String name = text("name", f.collectorName(), 300, errors);
        String tax = f.collectorTaxCode() == null ? "" : f.collectorTaxCode().strip();
        if (!tax.matches("[0-9]{10}(-[0-9]{3})?")) {
            errors.put("taxCode", Message.of(PaymentsModule.BUNDLE, "series.taxCode"));
        }
        String address = text("address", f.collectorAddress(), 300, errors);
        if (errors.isEmpty()) {
            long taken = em.createQuery(
                            "select count(s) from ReceiptSeries s where s.templateSymbol = :t and s.seriesSymbol = :s",
                            Long.class)
                    .setParameter("t", template)
                    .setParameter("s", series)
                    .getSingleResult();
            if (taken > 0) {
                errors.put("series", Message.of(PaymentsModule.BUNDLE, "series.taken"));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReceiptSeries s = new ReceiptSeries(
                f.agencyId(),
                template,
                series,
                f.numberFrom(),
                f.numberTo(),
                name,
                tax,
                address,
                now,
                caller.username());
        em.persist(s);
        em.flush();
        audit.record(
                "payments.seriesRegistered",
                "receiptSeries",
                s.getId(),
                template + " " + series + " " + f.numberFrom() + "-" + f.numberTo() + " agency " + f.agencyId());
        int numbered = issuer.numberAwaiting(f.agencyId(), now);
        if (numbered > 0) {
            audit.record("payments.receiptsNumbered", "receiptSeries", s.getId(), numbered + " waiting receipt(s)");
        }
        return s;
    }

    @Transactional
    public void close(long id) {
        ReceiptSeries s = em.find(ReceiptSeries.class, id);
        if (s == null) {
            throw PaymentsRefusal.notFound("refusal.seriesNotFound");
        }
        s.close();
        audit.record("payments.seriesClosed", "receiptSeries", id, s.getTemplateSymbol() + " " + s.getSeriesSymbol());
    }

    public List<ReceiptSeries> all() {
        return em.createQuery("select s from ReceiptSeries s order by s.agencyId, s.id", ReceiptSeries.class)
                .getResultList();
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static String text(String field, String value, int max, Map<String, Message> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, Message.of(PaymentsModule.BUNDLE, "series.required"));
            return null;
        }
        String clean = InputText.checked(field, value.strip());
        if (clean.length() > max) {
            errors.put(field, Message.of(PaymentsModule.BUNDLE, "order.tooLong", max));
        }
        return clean;
    }
}
