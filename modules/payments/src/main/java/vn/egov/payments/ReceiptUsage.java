package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.egov.payments.domain.ProvinceDays;

/**
 * The receipts usage report the tax authority asks for: per receipt kind, template and series,
 * the numbers used in a period (from, to), how many, how many cancelled, and the total amount of
 * those that stand.
 */
@ApplicationScoped
public class ReceiptUsage {
    /** The kind of receipt this module issues: receipts of fees and charges. */
    public static final String KIND = "BLP";

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    public record Row(
            String kind,
            long agencyId,
            String template,
            String series,
            int firstNumber,
            int lastNumber,
            long count,
            long cancelled,
            long amount) {}

    public List<Row> of(LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery("select s.agency_id, s.template_symbol, s.series_symbol, min(r.number),"
                        + " max(r.number), count(*), count(*) filter (where r.status = 'CANCELLED'),"
                        + " coalesce(sum(r.total) filter (where r.status <> 'CANCELLED'), 0)"
                        + " from payments.receipt r join payments.receipt_series s on s.id = r.series_id"
                        + " where r.issued_at >= ?1 and r.issued_at < ?2"
                        + " group by s.agency_id, s.template_symbol, s.series_symbol order by 2, 3")
                .setParameter(1, ProvinceDays.start(from))
                .setParameter(2, ProvinceDays.after(to))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new Row(
                        KIND,
                        ((Number) c[0]).longValue(),
                        (String) c[1],
                        (String) c[2],
                        ((Number) c[3]).intValue(),
                        ((Number) c[4]).intValue(),
                        ((Number) c[5]).longValue(),
                        ((Number) c[6]).longValue(),
                        ((Number) c[7]).longValue()))
                .toList();
    }

    /** The report as CSV (UTF-8, a header line), agencies by their code. */
    public String csv(LocalDate from, LocalDate to, java.util.function.LongFunction<String> agencyCode) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(
                                "kind",
                                "agency",
                                "template",
                                "series",
                                "from_number",
                                "to_number",
                                "count",
                                "cancelled",
                                "amount",
                                "period_from",
                                "period_to")
                        .get())) {
            for (Row r : of(from, to)) {
                csv.printRecord(
                        r.kind(),
                        agencyCode.apply(r.agencyId()),
                        r.template(),
                        r.series(),
                        r.firstNumber(),
                        r.lastNumber(),
                        r.count(),
                        r.cancelled(),
                        r.amount(),
                        from,
                        to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
