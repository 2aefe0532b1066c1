package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.helpers.DatabaseLocks;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.payments.domain.ProvinceDays;
import vn.egov.payments.domain.SettlementDay;
import vn.egov.payments.domain.VnpayProtocol;

/**
 * Daily reconciliation: the gateway's settlement file for a day (fetched from it, or uploaded by
 * the finance office) is matched by transaction number and amount against the successful online
 * payments and refunds the platform recorded that day (UTC+7). What does not match is listed (paid
 * here but not settled, settled but unknown here, amount differs) for the finance office to
 * resolve with a note; the settled money is posted to the ledger (bank against gateway
 * receivable). A day is imported once.
 */
@ApplicationScoped
public class Reconciliation {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    VnpayGateway gateway;

    @Inject
    Ledger ledger;

    @Inject
    vn.egov.kernel.api.Settings settings;

    @Inject
    Reconciliation self;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One line of a settlement file. */
    public record Line(
            String transactionNo, String txnRef, String kind, long amount, OffsetDateTime paidAt, String bankCode) {}

    /** A day's result. */
    public record DayResult(LocalDate day, int lines, int matched, int mismatched, long payments, long refunds) {}

    /** A mismatch as the finance page lists it. */
    public record Mismatch(
            long id,
            LocalDate day,
            String kind,
            String transactionNo,
            String txnRef,
            Long amountHere,
            Long amountSettled,
            String resolvedBy,
            OffsetDateTime resolvedAt,
            String note) {}

    /** Reads a settlement CSV ({@code transaction_no,txn_ref,kind,amount,pay_date,bank_code}); a bad file is refused whole. */
    public static List<Line> parse(String csv) {
        List<Line> lines = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))) {
                String kind = row.get("kind").strip();
                long amount = Long.parseLong(row.get("amount").strip());
                if (!(kind.equals("payment") || kind.equals("refund"))
                        || amount <= 0
                        || row.get("transaction_no").isBlank()
                        || row.get("transaction_no").length() > 40
                        || row.get("txn_ref").length() > 100) {
                    throw PaymentsRefusal.invalid("file", "reconciliation.badLine", row.getRecordNumber() + 1);
                }
                lines.add(new Line(
                        row.get("transaction_no").strip(),
                        row.get("txn_ref").strip(),
                        kind,
                        amount,
                        VnpayProtocol.parseTimestamp(row.get("pay_date").strip())
                                .atOffset(VnpayProtocol.ZONE),
                        row.isMapped("bank_code") ? row.get("bank_code").strip() : null));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            if (e instanceof PaymentsRefusal r) {
                throw r;
            }
            throw PaymentsRefusal.invalid("file", "reconciliation.badFile");
        } catch (IOException e) {
            throw PaymentsRefusal.invalid("file", "reconciliation.badFile");
        }
        return lines;
    }

    /** The finance office fetches the day's file from the gateway (its settlement address, signed) and reconciles it. */
    public DayResult fetchAndReconcile(LocalDate day) {
        requireFinance();
        return fetch(day);
    }

    /** The nightly job's run, as the system: fetch the day's file and reconcile it. */
    public DayResult nightly(LocalDate day) {
        return fetch(day);
    }

    private DayResult fetch(LocalDate day) {
        VnpayGateway.Config config = gateway.config().orElseThrow(PaymentsRefusal::gatewayUnavailable);
        String settlement = settings.text(PaymentsModule.SETTLEMENT_URL);
        if (settlement.isBlank()) {
            throw PaymentsRefusal.gatewayUnavailable();
        }
        String url = settlement + "?date=" + day + "&vnp_TmnCode="
                + URLEncoder.encode(config.tmnCode(), StandardCharsets.UTF_8) + "&vnp_SecureHash="
                + VnpayProtocol.pipeHash(config.secret(), config.tmnCode(), day.toString());
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw PaymentsRefusal.gatewayUnavailable();
            }
            return self.reconcileFile(day, r.body(), "GATEWAY");
        } catch (IOException e) {
            throw PaymentsRefusal.gatewayUnavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PaymentsRefusal.gatewayUnavailable();
        }
    }

    /** Whether the day was imported already. */
    public boolean imported(LocalDate day) {
        return em.find(SettlementDay.class, day) != null;
    }

    /** The finance office reconciles an uploaded file. */
    @Transactional
    public DayResult reconcile(LocalDate day, String csv, String source) {
        requireFinance();
        return reconcileFile(day, csv, source);
    }

    /**
     * Reconciles a day's file without asking who calls (public only so that the transaction
     * interceptor applies: the finance office's and the nightly job's entries check before).
     */
    @Transactional
    public DayResult reconcileFile(LocalDate day, String csv, String source) {
        DatabaseLocks.forTransaction(em, List.of("payments.reconcile." + day));
        if (imported(day)) {
            throw PaymentsRefusal.conflict("reconciliation.already", VietnameseDates.day(day));
        }
        List<Line> lines = parse(csv);
        OffsetDateTime from = ProvinceDays.start(day);
        OffsetDateTime to = ProvinceDays.after(day);
        // what the platform recorded that day: transaction number -> (reference, amount, kind)
        Map<String, Object[]> here = new HashMap<>();
        for (Object row : em.createNativeQuery("select gateway_txn_no, txn_ref, amount from payments.attempt"
                        + " where method = 'ONLINE' and state = 'SUCCESS' and finished_at >= ?1 and finished_at < ?2")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList()) {
            Object[] c = (Object[]) row;
            here.put("payment:" + c[0], new Object[] {c[1], ((Number) c[2]).longValue()});
        }
        for (Object row : em.createNativeQuery("select r.gateway_txn_no, a.txn_ref, r.amount from payments.refund r"
                        + " join payments.attempt a on a.id = r.attempt_id where a.method = 'ONLINE'"
                        + " and r.status = 'SUCCESS' and r.finished_at >= ?1 and r.finished_at < ?2")
                .setParameter(1, from)
                .setParameter(2, to)
                .getResultList()) {
            Object[] c = (Object[]) row;
            here.put("refund:" + c[0], new Object[] {c[1], ((Number) c[2]).longValue()});
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String who = audit.currentOrigin().actor();
        long payments = 0;
        long refunds = 0;
        int matched = 0;
        List<Object[]> mismatches = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind().equals("payment")) {
                payments += line.amount();
            } else {
                refunds += line.amount();
            }
            Object[] mine = here.remove(line.kind() + ":" + line.transactionNo());
            if (mine == null) {
                mismatches.add(new Object[] {"UNKNOWN_HERE", line.transactionNo(), line.txnRef(), null, line.amount()});
            } else if ((long) mine[1] != line.amount()) {
                mismatches.add(
                        new Object[] {"AMOUNT_DIFFERS", line.transactionNo(), line.txnRef(), mine[1], line.amount()});
            } else {
                matched++;
            }
        }
        for (Map.Entry<String, Object[]> left : here.entrySet()) {
            mismatches.add(new Object[] {
                "NOT_SETTLED",
                left.getKey().substring(left.getKey().indexOf(':') + 1),
                left.getValue()[0],
                left.getValue()[1],
                null
            });
        }
        em.persist(new SettlementDay(
                day,
                now,
                who,
                source,
                Sha256.hex(csv.getBytes(StandardCharsets.UTF_8)),
                lines.size(),
                payments,
                refunds,
                matched,
                mismatches.size()));
        em.flush();
        int n = 0;
        for (Line line : lines) {
            em.createNativeQuery("insert into payments.settlement_line (day, line_no, transaction_no, txn_ref, kind,"
                            + " amount, paid_at, bank_code) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, day)
                    .setParameter(2, ++n)
                    .setParameter(3, line.transactionNo())
                    .setParameter(4, line.txnRef())
                    .setParameter(5, line.kind())
                    .setParameter(6, line.amount())
                    .setParameter(7, line.paidAt())
                    .setParameter(8, line.bankCode() == null ? "" : line.bankCode())
                    .executeUpdate();
        }
        for (Object[] m : mismatches) {
            em.createNativeQuery("insert into payments.mismatch (id, day, kind, transaction_no, txn_ref, amount_here,"
                            + " amount_settled) values (nextval('payments.mismatch_seq'), ?1, ?2, ?3, ?4,"
                            + " cast(?5 as bigint), cast(?6 as bigint))")
                    .setParameter(1, day)
                    .setParameter(2, m[0])
                    .setParameter(3, m[1])
                    .setParameter(4, m[2])
                    .setParameter(5, m[3])
                    .setParameter(6, m[4])
                    .executeUpdate();
        }
        long net = payments - refunds;
        if (net != 0) {
            // the settled money reached the province's bank account: one posting for the day
            ledger.post(
                    "SETTLEMENT",
                    null,
                    null,
                    now,
                    "settlement " + day,
                    net > 0
                            ? List.of(
                                    Ledger.Line.debit("bank", 0, net), Ledger.Line.credit("gateway_receivable", 0, net))
                            : List.of(
                                    Ledger.Line.debit("gateway_receivable", 0, -net),
                                    Ledger.Line.credit("bank", 0, -net)));
        }
        audit.record(
                "payments.reconciled",
                "settlementDay",
                day.toString(),
                source + "; " + lines.size() + " line(s), " + matched + " matched, " + mismatches.size()
                        + " mismatch(es)");
        return new DayResult(day, lines.size(), matched, mismatches.size(), payments, refunds);
    }

    @Transactional
    public void resolve(long mismatchId, String note) {
        requireFinance();
        if (note == null || note.strip().length() < 5 || note.length() > 500) {
            throw PaymentsRefusal.invalid("note", "reconciliation.note");
        }
        int changed = em.createNativeQuery("update payments.mismatch set resolved_by = ?1, resolved_at = ?2, note = ?3,"
                        + " version = version + 1 where id = ?4 and resolved_at is null")
                .setParameter(1, caller.username())
                .setParameter(2, OffsetDateTime.now(clock))
                .setParameter(3, note.strip())
                .setParameter(4, mismatchId)
                .executeUpdate();
        if (changed == 0) {
            throw PaymentsRefusal.conflict("reconciliation.resolved");
        }
        audit.record("payments.mismatchResolved", "mismatch", mismatchId, note.strip());
    }

    /** The days imported, newest first, at most {@code limit}. */
    public List<SettlementDay> days(int limit) {
        return em.createQuery("select d from SettlementDay d order by d.day desc", SettlementDay.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Mismatches, the open ones first, newest days first. */
    public List<Mismatch> mismatches(boolean openOnly, int limit) {
        List<?> rows = em.createNativeQuery(
                        "select id, day, kind, transaction_no, txn_ref, amount_here, amount_settled,"
                                + " resolved_by, resolved_at, note from payments.mismatch"
                                + (openOnly ? " where resolved_at is null" : "")
                                + " order by resolved_at nulls first, day desc, id limit ?1")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(c -> new Mismatch(
                        ((Number) c[0]).longValue(),
                        c[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) c[1],
                        (String) c[2],
                        (String) c[3],
                        (String) c[4],
                        c[5] == null ? null : ((Number) c[5]).longValue(),
                        c[6] == null ? null : ((Number) c[6]).longValue(),
                        (String) c[7],
                        DatabaseMoments.of(c[8]),
                        (String) c[9]))
                .toList();
    }

    /** Yesterday in the province, for the nightly run. */
    public LocalDate yesterday() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE)).minusDays(1);
    }

    /** Yesterday, when the gateway's settlement address is set and the day is not imported yet. */
    Optional<LocalDate> dueNightly() {
        LocalDate y = yesterday();
        return settings.text(PaymentsModule.SETTLEMENT_URL).isBlank() || imported(y)
                ? Optional.empty()
                : Optional.of(y);
    }

    /** Who reconciles: a leader of any agency (the finance office) or an administrator. */
    public boolean mayReconcile() {
        return caller.hasRole(vn.egov.kernel.api.Role.LEADER) || caller.hasRole(vn.egov.kernel.api.Role.ADMIN);
    }

    void requireFinance() {
        if (!mayReconcile()) {
            throw PaymentsRefusal.notAllowed();
        }
    }
}
