package vn.egov.launcher.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.egov.launcher.LaunchSettings;
import vn.egov.launcher.MicroServer;
import vn.egov.launcher.Platform;
import vn.egov.sandbox.vnpay.SandboxGateway;

/**
 * Figures, not a test. In one run against the platform as the run command starts it:
 *
 * <ol>
 *   <li>IPN confirmations per second: the gateway's signed notifications for N started attempts,
 *       sent by 8 threads, each recording the payment (attempt, order, two ledger postings of two
 *       entries, the numbered receipt row, the fact, the audit entry) in one transaction. Receipt
 *       PDFs are not sealed during this phase ({@code payments.receipts.sealAtOnce} off): sealing
 *       is asynchronous and measured after;
 *   <li>plain JDBC doing the same writes for N other attempts, one transaction each, same threads;
 *   <li>receipts sealed per second: sealing at once turned on, the backlog of the IPN phase's
 *       receipts drained by the platform's own threads (PDF made, PAdES B-LT seal, stored).
 * </ol>
 *
 * Run: {@code ./mvnw -B -Pbench-payments package -DskipTests} (-Dbench.ipns, -Dbench.threads).
 */
public final class PaymentsBenchmark {
    private static final DateTimeFormatter VNP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.ofHours(7));

    private PaymentsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.ipns", 4_000);
        int threads = Integer.getInteger("bench.threads", 8);
        int sealSeconds = Integer.getInteger("bench.sealSeconds", 120);
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        try (Platform platform = Platform.start(settings)) {
            SandboxGateway sandbox = platform.sandbox().orElseThrow();
            String jdbc = "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/platform";
            Properties props = new Properties();
            props.put("user", "postgres");
            props.put("reWriteBatchedInserts", "true");
            String base = platform.url();
            long agency;
            List<String[]> forIpn;
            List<String[]> forJdbc;
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                agency = single(c, "select id from kernel.org_unit where code = 'BN-SXD'");
                setting(c, "payments.receipts.sealAtOnce", "false");
                forIpn = attempts(c, agency, "BI", n + 1);
                forJdbc = attempts(c, agency, "BJ", n);
            }
            Thread.sleep(6_000); // settings are read again within 5 s
            System.out.printf("prepared %,d + %,d started attempts of %,d VND each%n", n + 1, n, AMOUNT);

            // warm-up: 5 % of the IPNs, not counted
            int warm = Math.max(50, n / 20);
            send(base, sandbox, forIpn.subList(0, warm), threads);
            long began = System.nanoTime();
            int confirmed = send(base, sandbox, forIpn.subList(warm, n), threads);
            double ipnSeconds = (System.nanoTime() - began) / 1e9;
            double ipnRate = confirmed / ipnSeconds;
            System.out.printf(
                    "IPN confirmations: %,d in %.1f s = %.0f/s (each: attempt, order, 2 ledger postings of 2 entries,"
                            + " receipt row numbered in its series, fact, audit entry; sealing after)%n",
                    confirmed, ipnSeconds, ipnRate);

            began = System.nanoTime();
            int written = plain(jdbc, props, agency, forJdbc.subList(warm, n), threads);
            double plainSeconds = (System.nanoTime() - began) / 1e9;
            double plainRate = written / plainSeconds;
            System.out.printf(
                    "plain JDBC, the same rows, one transaction each: %,d in %.1f s = %.0f/s%n",
                    written, plainSeconds, plainRate);
            System.out.printf("ratio IPN / plain JDBC: %.2f (aim 0.30)%n", ipnRate / plainRate);

            // sealing: the backlog of receipts drained by the platform
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                setting(c, "payments.receipts.sealAtOnce", "true");
                Thread.sleep(6_000);
                long backlog = single(c, UNSEALED);
                send(base, sandbox, forIpn.subList(n, n + 1), 1); // one more payment starts the sealing threads
                long start = System.nanoTime();
                long left = backlog + 1;
                long deadline = start + sealSeconds * 1_000_000_000L;
                while (left > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(1_000);
                    left = single(c, UNSEALED);
                }
                double sealTime = (System.nanoTime() - start) / 1e9;
                long sealed = backlog + 1 - left;
                System.out.printf(
                        "receipts sealed (PDF made, PAdES B-LT with the agency's seal, stored): %,d of %,d in %.1f s"
                                + " = %.1f/s%n",
                        sealed, backlog + 1, sealTime, sealed / sealTime);
                long failed = single(
                        c,
                        "select count(*) from payments.receipt where seal_failure is not null"
                                + " and seal_failure <> 'bench-plain'");
                System.out.printf("receipts whose seal was refused: %d%n", failed);
            }
            System.out.println("memory now: " + platform.memory());
        }
    }

    static final long AMOUNT = 150_000;
    private static final String UNSEALED =
            "select count(*) from payments.receipt where pdf is null and status = 'ISSUED'"
                    + " and seal_failure is null";

    private static long single(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void setting(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("insert into kernel.setting (key, value, updated_by) values (?, ?,"
                        + " 'benchmark') on conflict (key) do update set value = excluded.value, updated_at = now()")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    /** Unpaid orders with one started attempt each: {txn_ref, create date}. */
    private static List<String[]> attempts(Connection c, long agency, String prefix, int count) throws SQLException {
        List<String[]> refs = new ArrayList<>();
        c.setAutoCommit(false);
        try (PreparedStatement order = c.prepareStatement("insert into payments.fee_order (id, code, case_module,"
                        + " case_code, payer_name, payer_id_number, agency_id, total, status, created_at)"
                        + " values (nextval('payments.fee_order_seq'), ?, 'bench', ?, 'Nguyễn Văn An', '027095001234',"
                        + " ?, ?, 'UNPAID', now()) returning id");
                PreparedStatement line = c.prepareStatement(
                        "insert into payments.fee_line (order_id, line_no, fee_code,"
                                + " name, kind, amount) values (?, 1, 'LP-GPXD', 'Lệ phí cấp giấy phép xây dựng', 'CHARGE', ?)");
                PreparedStatement attempt = c.prepareStatement("insert into payments.attempt (id, order_id, txn_ref,"
                        + " method, state, finished, amount, created_at, expires_at, client_address) values"
                        + " (nextval('payments.attempt_seq'), ?, ?, 'ONLINE', 'STARTED', false, ?, now(),"
                        + " now() + interval '6 hours', '127.0.0.1')")) {
            for (int i = 0; i < count; i++) {
                String code = String.format("TT-%s%08d", prefix, i);
                order.setString(1, code);
                order.setString(2, "BENCH-" + prefix + "-" + i);
                order.setLong(3, agency);
                order.setLong(4, AMOUNT);
                long id;
                try (ResultSet r = order.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
                line.setLong(1, id);
                line.setLong(2, AMOUNT);
                line.addBatch();
                attempt.setLong(1, id);
                attempt.setString(2, code + "-1");
                attempt.setLong(3, AMOUNT);
                attempt.addBatch();
                refs.add(new String[] {code + "-1", VNP.format(Instant.now())});
                if (i % 500 == 499) {
                    line.executeBatch();
                    attempt.executeBatch();
                }
            }
            line.executeBatch();
            attempt.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return refs;
    }

    /** Sends the gateway's signed "paid" IPN for each attempt; returns how many were answered 00. */
    private static int send(String base, SandboxGateway sandbox, List<String[]> refs, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(threads))
                .build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger confirmed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < refs.size(); i = next.getAndIncrement()) {
                    String[] ref = refs.get(i);
                    Map<String, String> p = new TreeMap<>();
                    p.put("vnp_Amount", String.valueOf(AMOUNT * 100));
                    p.put("vnp_BankCode", "NCB");
                    p.put("vnp_BankTranNo", "VNPB" + i);
                    p.put("vnp_CardType", "ATM");
                    p.put("vnp_OrderInfo", "Thanh toan " + ref[0]);
                    p.put("vnp_PayDate", VNP.format(Instant.now()));
                    p.put("vnp_ResponseCode", "00");
                    p.put("vnp_TmnCode", sandbox.config().tmnCode());
                    p.put("vnp_TransactionNo", ref[0].replaceAll("\\D", ""));
                    p.put("vnp_TransactionStatus", "00");
                    p.put("vnp_TxnRef", ref[0]);
                    StringBuilder q = new StringBuilder();
                    p.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&")
                            .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                            .append('=')
                            .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                    String url = base + "api/v1/payments/vnpay/ipn?" + q + "&vnp_SecureHash="
                            + hmac(sandbox.config().hashSecret(), q.toString());
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"00\"")) {
                        confirmed.incrementAndGet();
                    } else {
                        System.out.println("not confirmed: " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return confirmed.get();
    }

    /** The same writes as a confirmed IPN, in plain JDBC, one transaction each. */
    private static int plain(String jdbc, Properties props, long agency, List<String[]> refs, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(jdbc, props)) {
                    c.setAutoCommit(false);
                    for (int i = next.getAndIncrement(); i < refs.size(); i = next.getAndIncrement()) {
                        writeOne(c, agency, refs.get(i)[0], i);
                        c.commit();
                        written.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return written.get();
    }

    private static void writeOne(Connection c, long agency, String txnRef, int i) throws SQLException {
        long attempt;
        long order;
        try (PreparedStatement s =
                c.prepareStatement("select id, order_id from payments.attempt where txn_ref = ? for update")) {
            s.setString(1, txnRef);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                attempt = r.getLong(1);
                order = r.getLong(2);
            }
        }
        try (PreparedStatement s = c.prepareStatement("select id from payments.fee_order where id = ? for update")) {
            s.setLong(1, order);
            s.executeQuery().close();
        }
        try (PreparedStatement s = c.prepareStatement("update payments.attempt set state = 'SUCCESS', finished = true,"
                + " finished_at = now(), gateway_txn_no = ?, gateway_code = '00', bank_code = 'NCB',"
                + " version = version + 1 where id = ?")) {
            s.setString(1, "J" + i);
            s.setLong(2, attempt);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("update payments.fee_order set status = 'PAID', paid_method ="
                + " 'ONLINE', paid_at = now(), version = version + 1 where id = ?")) {
            s.setLong(1, order);
            s.executeUpdate();
        }
        long tx;
        try (var s = c.createStatement();
                ResultSet r = s.executeQuery("select nextval('payments.ledger_seq')")) {
            r.next();
            tx = r.getLong(1);
        }
        try (PreparedStatement s = c.prepareStatement("insert into payments.ledger_transaction (id, kind, order_id,"
                + " attempt_id, occurred_at, memo) values (?, 'PAYMENT', ?, ?, now(), ?)")) {
            s.setLong(1, tx);
            s.setLong(2, order);
            s.setLong(3, attempt);
            s.setString(4, txnRef);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into payments.ledger_entry (id, transaction_id, account,"
                + " agency_id, debit, credit) values (?, ?, ?, ?, ?, ?)")) {
            String[][] legs = {
                {"gateway_receivable", "d"}, {"payer_clearing", "c"}, {"payer_clearing", "d"}, {"agency_revenue", "c"}
            };
            for (int k = 0; k < legs.length; k++) {
                s.setLong(1, tx + k + 1);
                s.setLong(2, tx);
                s.setString(3, legs[k][0]);
                s.setLong(4, agency);
                s.setLong(5, legs[k][1].equals("d") ? AMOUNT : 0);
                s.setLong(6, legs[k][1].equals("c") ? AMOUNT : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
        long series;
        int number;
        try (PreparedStatement s = c.prepareStatement("update payments.receipt_series set next_number = next_number + 1"
                + " where agency_id = ? and active and next_number <= number_to and id = (select id from"
                + " payments.receipt_series where agency_id = ? and active and next_number <= number_to order by id"
                + " limit 1) returning id, next_number - 1")) {
            s.setLong(1, agency);
            s.setLong(2, agency);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                series = r.getLong(1);
                number = r.getInt(2);
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("insert into payments.receipt (id, order_id, attempt_id, series_id,"
                        + " number, lookup_code, status, issued_at, total, total_words, payer_name, payer_id_number, method,"
                        + " method_detail, gateway_txn_no, seal_failure) values (nextval('payments.receipt_seq'), ?, ?, ?, ?, ?,"
                        + " 'ISSUED', now(), ?, 'Một trăm năm mươi nghìn đồng', 'Nguyễn Văn An', '027095001234', 'ONLINE',"
                        + " 'NCB', ?, 'bench-plain')")) {
            s.setLong(1, order);
            s.setLong(2, attempt);
            s.setLong(3, series);
            s.setInt(4, number);
            s.setString(5, String.format("J%09d", i));
            s.setLong(6, AMOUNT);
            s.setString(7, "J" + i);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into payments.fact (kind, order_code, case_module,"
                + " case_code, amount, occurred_at) values ('PAID', ?, 'bench', ?, ?, now())")) {
            s.setString(1, txnRef.substring(0, txnRef.length() - 2));
            s.setString(2, "BENCH-" + i);
            s.setLong(3, AMOUNT);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into kernel.audit_entry (actor, action, target_type,"
                + " target_id, detail, source_ip) values ('system', 'payments.receiptIssued', 'receipt', ?, ?,"
                + " '127.0.0.1')")) {
            s.setString(1, String.valueOf(number));
            s.setString(2, "bench");
            s.executeUpdate();
        }
    }

    private static String hmac(String secret, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }
}
