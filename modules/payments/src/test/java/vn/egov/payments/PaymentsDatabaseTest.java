package vn.egov.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.testing.TestDatabase;
import vn.egov.payments.api.CaseReference;
import vn.egov.payments.api.FeeOrders.FeeKind;
import vn.egov.payments.api.FeeOrders.FeeLine;
import vn.egov.payments.api.FeeOrders.FeeOrderRequest;
import vn.egov.payments.domain.CounterKind;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.OrderDraft;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.ReceiptSeries;

/** The schema, the mapping, receipt numbering under concurrency and the ledger's balance, on a real PostgreSQL. */
class PaymentsDatabaseTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00+07:00");

    private static long series(long agency, String symbol, int from, int to) {
        return TestDatabase.inTransaction("payments", em -> {
            ReceiptSeries s = new ReceiptSeries(
                    agency, "01BLP0-001", symbol, from, to, "Sở Xây dựng", "2300000001", "Bắc Ninh", NOW, "test");
            em.persist(s);
            em.flush();
            return s.getId();
        });
    }

    private static FeeOrder order(EntityManager em, String code, long amount) {
        FeeOrder o = new FeeOrder(
                code,
                OrderDraft.of(new FeeOrderRequest(
                        new CaseReference("procedures", "000.00.00.H56-261202-" + code.substring(3, 7)),
                        "Cấp giấy phép xây dựng",
                        "congdan",
                        "Nguyễn Văn An",
                        "027095001234",
                        null,
                        7L,
                        List.of(new FeeLine("LP-GPXD", "Lệ phí cấp giấy phép xây dựng", FeeKind.CHARGE, amount, "NQ")),
                        null)),
                NOW,
                "test");
        em.persist(o);
        return o;
    }

    @Test
    void receiptNumbersHaveNoGapAndNoDuplicateUnderSixteenConcurrentIssuers() throws Exception {
        long agency = 9001;
        long seriesId = series(agency, "CC-26E", 1, 1000);
        int threads = 16;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                go.await();
                List<Integer> committed = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    EntityManager em = TestDatabase.unit("payments").createEntityManager();
                    try {
                        em.getTransaction().begin();
                        ReceiptIssuer issuer = new ReceiptIssuer();
                        issuer.em = em;
                        ReceiptIssuer.Taken taken = issuer.take(agency).orElseThrow();
                        assertEquals(seriesId, taken.seriesId());
                        // every third issue of some threads rolls back: its number must come back
                        if (thread % 4 == 0 && i % 3 == 0) {
                            em.getTransaction().rollback();
                        } else {
                            em.getTransaction().commit();
                            committed.add(taken.number());
                        }
                    } finally {
                        if (em.getTransaction().isActive()) {
                            em.getTransaction().rollback();
                        }
                        em.close();
                    }
                }
                return committed;
            }));
        }
        go.countDown();
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> f : results) {
            all.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Collections.sort(all);
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= all.size(); n++) {
            expected.add(n);
        }
        assertEquals(expected, all, "committed numbers are 1..n, none twice, none skipped");
        int next = TestDatabase.inTransaction(
                "payments", em -> em.find(ReceiptSeries.class, seriesId).getNextNumber());
        assertEquals(all.size() + 1, next);
    }

    @Test
    void aFullSeriesGivesNoNumberAndTheNextSeriesTakesOver() {
        long agency = 9002;
        series(agency, "FA-26E", 1, 2);
        long second = series(agency, "FB-26E", 10, 20);
        List<ReceiptIssuer.Taken> taken = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            taken.add(TestDatabase.inTransaction("payments", em -> {
                ReceiptIssuer issuer = new ReceiptIssuer();
                issuer.em = em;
                return issuer.take(agency).orElseThrow();
            }));
        }
        assertEquals(
                List.of(1, 2, 10, 11),
                taken.stream().map(ReceiptIssuer.Taken::number).toList());
        assertEquals(second, taken.get(3).seriesId());
        Optional<ReceiptIssuer.Taken> none = TestDatabase.inTransaction("payments", em -> {
            ReceiptIssuer issuer = new ReceiptIssuer();
            issuer.em = em;
            return issuer.take(9003);
        });
        assertTrue(none.isEmpty(), "an agency without a series gets no number (its receipt waits)");
    }

    @Test
    void anUnbalancedLedgerTransactionIsRefusedAtCommitAndEntriesCannotChange() {
        RuntimeException unbalanced = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run("payments", em -> {
                    Ledger ledger = new Ledger();
                    ledger.em = em;
                    ledger.post(
                            "PAYMENT",
                            null,
                            null,
                            NOW,
                            "unbalanced",
                            List.of(
                                    Ledger.Line.debit("gateway_receivable", 7, 150_000),
                                    Ledger.Line.credit("agency_revenue", 7, 140_000)));
                }));
        assertEquals("23514", TestDatabase.sqlState(unbalanced));
        RuntimeException single = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run("payments", em -> {
                    Ledger ledger = new Ledger();
                    ledger.em = em;
                    ledger.post("PAYMENT", null, null, NOW, "one leg", List.of(Ledger.Line.debit("bank", 7, 10)));
                }));
        assertEquals("23514", TestDatabase.sqlState(single));
        long id = TestDatabase.inTransaction("payments", em -> {
            Ledger ledger = new Ledger();
            ledger.em = em;
            return ledger.post(
                    "PAYMENT",
                    null,
                    null,
                    NOW,
                    "balanced",
                    List.of(
                            Ledger.Line.debit("gateway_receivable", 7, 150_000),
                            Ledger.Line.credit("payer_clearing", 7, 150_000),
                            Ledger.Line.debit("payer_clearing", 7, 150_000),
                            Ledger.Line.credit("agency_revenue", 7, 150_000)));
        });
        RuntimeException changed = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "payments",
                        em -> em.createNativeQuery(
                                        "update payments.ledger_entry set debit = 1 where transaction_id = ?1 and debit > 0")
                                .setParameter(1, id)
                                .executeUpdate()));
        assertEquals("23514", TestDatabase.sqlState(changed));
        RuntimeException bothSides = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run(
                        "payments",
                        em -> em.createNativeQuery(
                                        "insert into payments.ledger_entry (id, transaction_id, account, agency_id, debit, credit)"
                                                + " values (?1, ?2, 'bank', 7, 5, 5)")
                                .setParameter(1, id + 40)
                                .setParameter(2, id)
                                .executeUpdate()));
        assertEquals("23514", TestDatabase.sqlState(bothSides));
    }

    @Test
    void anOrderIsPaidByAtMostOneAttempt() {
        RuntimeException second = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run("payments", em -> {
                    FeeOrder o = order(em, "TT-AAAAAAAAAA", 150_000);
                    em.persist(PaymentAttempt.counter(o, "TT-AAAAAAAAAA-1", NOW, "canbo", CounterKind.CASH, null));
                    em.flush();
                    // a second success written around the entity's own rule still meets the database's
                    em.createNativeQuery(
                                    "insert into payments.attempt (id, order_id, txn_ref, method, state, finished, amount,"
                                            + " created_at, expires_at, counter_kind) values (nextval('payments.attempt_seq'), ?1,"
                                            + " 'TT-AAAAAAAAAA-2', 'COUNTER', 'SUCCESS', true, 150000, now(), now(), 'CASH')")
                            .setParameter(1, o.getId())
                            .executeUpdate();
                }));
        assertEquals("23505", TestDatabase.sqlState(second));
    }

    @Test
    void theSchemaRefusesWhatTheFormsRefuse() {
        RuntimeException badSeries = assertThrows(RuntimeException.class, () -> series(9010, "bn-26", 1, 10));
        assertEquals("23514", TestDatabase.sqlState(badSeries));
        RuntimeException wrongState = assertThrows(
                RuntimeException.class,
                () -> TestDatabase.run("payments", em -> {
                    FeeOrder o = order(em, "TT-BBBBBBBBBB", 8_000);
                    em.flush();
                    em.createNativeQuery(
                                    "insert into payments.attempt (id, order_id, txn_ref, method, state, finished, amount,"
                                            + " created_at, expires_at) values (nextval('payments.attempt_seq'), ?1, 'TT-BBBBBBBBBB-1',"
                                            + " 'ONLINE', 'FAILED', true, 8000, now(), now())")
                            .setParameter(1, o.getId())
                            .executeUpdate();
                }));
        assertEquals("23514", TestDatabase.sqlState(wrongState), "a failed attempt needs its failure code");
    }
}
