package vn.egov.launcher.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.egov.kernel.api.helpers.VietnameseText;
import vn.egov.launcher.LaunchSettings;
import vn.egov.launcher.MicroServer;
import vn.egov.launcher.Platform;

/**
 * The feedback benchmark (figures, not a test). On a fresh platform it loads 1,000,000 reports
 * with plain JDBC, then measures in the same run: report submission through the REST API (with
 * wrk, after a warm-up long enough for the server's JIT to settle), the same number of rows
 * inserted by plain JDBC one transaction each with the same concurrency, and the latency of the
 * public search page. Sizes: -Dbench.reports, -Dbench.warmupSeconds, -Dbench.restSeconds,
 * -Dbench.searches, -Dbench.threads (connections and JDBC threads). Needs wrk on the PATH.
 */
public final class FeedbackBenchmark {
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final String[] PLACES = {
        "đường Lý Thái Tổ",
        "phố Ngô Gia Tự",
        "chợ Phật Tích",
        "phường Võ Cường",
        "xã Liên Bão",
        "cổng trường tiểu học",
        "khu công nghiệp Tiên Sơn",
        "ngõ 12 Nguyễn Gia Thiều",
        "công viên Văn Miếu",
        "bến xe Bắc Ninh"
    };
    private static final String[] PROBLEMS = {
        "ổ gà sâu gây nguy hiểm",
        "đèn đường không sáng",
        "rác thải tồn đọng nhiều ngày",
        "nước thải chảy tràn ra đường",
        "lấn chiếm vỉa hè để kinh doanh",
        "cây xanh gãy đổ",
        "tiếng ồn karaoke về đêm",
        "khói bụi từ công trình xây dựng",
        "cống thoát nước bị tắc gây ngập",
        "biển báo giao thông bị che khuất"
    };
    private static final String[] SEARCHES = {
        "o ga",
        "den duong",
        "rac thai",
        "nuoc thai",
        "via he",
        "cay xanh",
        "karaoke",
        "khoi bui",
        "cong thoat nuoc",
        "bien bao",
        "ly thai to",
        "phat tich",
        "ngap"
    };

    private FeedbackBenchmark() {}

    public static void main(String[] args) throws Exception {
        int reports = Integer.getInteger("bench.reports", 1_000_000);
        int restSeconds = Integer.getInteger("bench.restSeconds", 60);
        int warmUpSeconds = Integer.getInteger("bench.warmupSeconds", 150);
        int searches = Integer.getInteger("bench.searches", 1_000);
        Path script = wrkScript();
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        double withGroupCommit;
        try (Platform platform = Platform.start(settings)) {
            String jdbc = "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/platform";
            Properties props = new Properties();
            props.put("user", "postgres");
            props.put("reWriteBatchedInserts", "true");
            Fixture fixture;
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                fixture = Fixture.read(c);
            }
            System.out.printf(
                    "platform ready in %.1f s at %s%n", platform.startup().toMillis() / 1000.0, platform.url());

            long began = System.nanoTime();
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                loadBatched(c, fixture, reports);
            }
            double batchedRate = reports / seconds(began);
            System.out.printf("loaded %,d reports with JDBC batches: %.0f reports/s%n", reports, batchedRate);
            try (Connection c = DriverManager.getConnection(jdbc, props);
                    Statement s = c.createStatement()) {
                s.execute("vacuum analyze feedback.report");
            }

            int warmUp =
                    submitThroughRest(script, platform.url(), warmUpSeconds, 0).requests();
            System.out.printf("warm-up: %,d REST submissions in %d s, not counted%n", warmUp, warmUpSeconds);
            PeakMemory peak = PeakMemory.sample(platform);
            Wrk measured = submitThroughRest(script, platform.url(), restSeconds, 8_000_000);
            System.out.println("memory under the REST load, peak of each process: " + peak.stop()
                    + " (the launcher here is this benchmark's JVM, which also loaded the million reports)");
            int rest = measured.requests();
            double restRate = measured.rate();
            System.out.printf(
                    "REST submissions: %,d in %d s over %d connections: %.1f reports/s%n",
                    rest, restSeconds, THREADS, restRate);
            try (Connection c = DriverManager.getConnection(jdbc, props);
                    Statement s = c.createStatement();
                    ResultSet count = s.executeQuery("select count(*) from feedback.report where channel = 'MOBILE'")) {
                count.next();
                long stored = count.getLong(1);
                // wrk counts the answers it read; a request in flight when it stopped may be stored too
                if (stored < warmUp + rest || stored > warmUp + rest + 2L * THREADS) {
                    throw new IllegalStateException(
                            stored + " reports stored for " + (warmUp + rest) + " answered submissions");
                }
            }
            double jdbcRate = insertOneByOne(jdbc, props, fixture, rest);
            System.out.printf(
                    "plain JDBC inserts of the same rows (report, event, audit entry), one transaction each, "
                            + "%d threads: %.1f reports/s%n",
                    THREADS, jdbcRate);
            System.out.printf(
                    "ratio REST / plain JDBC: %.1f %%   (REST / JDBC batches: %.2f %%)%n",
                    100 * restRate / jdbcRate, 100 * restRate / batchedRate);

            long[] latencies = searchLatencies(platform.url(), searches);
            System.out.printf(
                    "public search page (%,d searches over %,d reports): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    searches,
                    reports + warmUp + 2 * rest,
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6,
                    latencies[latencies.length - 1] / 1e6);
            withGroupCommit = restRate;
        }
        if (Boolean.parseBoolean(System.getProperty("bench.compareGroupCommit", "true"))) {
            compareWithoutGroupCommit(settings, script, warmUpSeconds, restSeconds, withGroupCommit);
        }
    }

    /**
     * The same database, restarted with every report in a transaction of its own
     * ({@code platform.feedback.intakeWriters=0}): the same warm-up and measured submissions, for
     * the absolute rates with and without group commit side by side.
     */
    private static void compareWithoutGroupCommit(
            LaunchSettings settings, Path script, int warmUpSeconds, int restSeconds, double withRate)
            throws Exception {
        System.setProperty(vn.egov.kernel.api.ConfigKeys.FEEDBACK_INTAKE_WRITERS, "0");
        try (Platform platform = Platform.start(settings)) {
            int warmUp = submitThroughRest(script, platform.url(), warmUpSeconds, 4_000_000)
                    .requests();
            System.out.printf(
                    "without group commit, warm-up: %,d REST submissions in %d s, not counted%n",
                    warmUp, warmUpSeconds);
            Wrk measured = submitThroughRest(script, platform.url(), restSeconds, 12_000_000);
            System.out.printf(
                    "REST submissions without group commit: %,d in %d s: %.1f reports/s%n",
                    measured.requests(), restSeconds, measured.rate());
            System.out.printf(
                    "group commit: %.1f reports/s with, %.1f reports/s without (%+.1f %%)%n",
                    withRate, measured.rate(), 100 * (withRate / measured.rate() - 1));
        } finally {
            System.clearProperty(vn.egov.kernel.api.ConfigKeys.FEEDBACK_INTAKE_WRITERS);
        }
    }

    private static final String INSERT_REPORT = """
        with r as (insert into feedback.report (tracking_code, category_id, title, description, address, commune_id,
            latitude, longitude, anonymous, consent_publish, channel, source_address, status, agency_id, received_at,
            deadline, answer, published_at, search_text)
            values (?, ?, ?, ?, ?, ?, ?, ?, true, true, 'WEB', '127.0.0.1', ?, ?, ?, ?, ?, ?, ?) returning id, received_at)
        insert into feedback.report_event (report_id, at, actor, kind, to_status) select id, received_at, 'citizen', 'SUBMITTED', 'RECEIVED' from r""";

    /**
     * The rows one REST submission writes: the report, its first timeline event and its audit
     * entry, in one statement and one transaction (the loaded fixture has no audit entries).
     */
    private static final String INSERT_REPORT_AUDITED = INSERT_REPORT.replace(
            "returning id, received_at)",
            "returning id, received_at, tracking_code),\n"
                    + "    a as (insert into kernel.audit_entry (actor, action, target_type, target_id, detail, source_ip)\n"
                    + "        select 'anonymous', 'feedback.submitted', 'feedback_report', tracking_code, 'MOBILE', '127.0.0.1' from r)");

    static {
        if (!INSERT_REPORT_AUDITED.contains("kernel.audit_entry")) {
            throw new IllegalStateException("the plain inserts must write the audit entry too");
        }
    }

    private static void loadBatched(Connection c, Fixture fixture, int count) throws SQLException {
        c.setAutoCommit(false);
        Random random = new Random(2026);
        try (PreparedStatement s = c.prepareStatement(INSERT_REPORT)) {
            for (int i = 0; i < count; i++) {
                bind(s, fixture, random, "PB-" + Integer.toString(i, 36).toUpperCase(), i % 5 != 0);
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                    c.commit();
                }
                if (i % 100_000 == 99_999) {
                    System.out.printf("  %,d%n", i + 1);
                }
            }
            s.executeBatch();
            c.commit();
        }
    }

    private static void bind(PreparedStatement s, Fixture fixture, Random random, String code, boolean answered)
            throws SQLException {
        String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String title = capitalise(problem) + " tại " + place;
        String description =
                "Người dân phản ánh tình trạng " + problem + " tại " + place + " đã kéo dài nhiều ngày, đề nghị "
                        + "cơ quan chức năng kiểm tra và xử lý sớm. Mã tham chiếu " + code + ".";
        OffsetDateTime received = OffsetDateTime.now().minusMinutes(random.nextInt(60 * 24 * 365));
        s.setString(1, code);
        s.setLong(2, fixture.categories[random.nextInt(fixture.categories.length)]);
        s.setString(3, title);
        s.setString(4, description);
        s.setString(5, place);
        s.setLong(6, fixture.communes[random.nextInt(fixture.communes.length)]);
        s.setDouble(7, 21.1 + random.nextDouble() * 0.1);
        s.setDouble(8, 106.0 + random.nextDouble() * 0.1);
        s.setString(9, answered ? "PUBLISHED" : "RECEIVED");
        s.setObject(
                10, answered ? fixture.agencies[random.nextInt(fixture.agencies.length)] : null, java.sql.Types.BIGINT);
        s.setObject(11, received);
        s.setObject(12, received.toLocalDate().plusDays(14));
        s.setString(13, answered ? "Cơ quan đã kiểm tra thực tế và xử lý xong nội dung phản ánh." : null);
        s.setObject(14, answered ? received.plusDays(5) : null);
        s.setString(15, VietnameseText.fold(title + " " + description + " " + place));
    }

    /**
     * Submits reports through {@code POST /api/v1/feedback/reports} with wrk for the given time,
     * over {@link #THREADS} connections. wrk (a C load generator) leaves the processor to the
     * server: the JDK's own HTTP client took about as much processor time per request as the
     * platform itself, on the same two cores. Each report comes from its own citizen's address
     * through the trusted proxy (addresses from {@code firstAddress} on), so the flood rules keep
     * their defaults and see what they would see in production.
     */
    private static Wrk submitThroughRest(Path script, String base, int seconds, int firstAddress) throws Exception {
        Process wrk;
        try {
            wrk = new ProcessBuilder(
                            "wrk",
                            "-t2",
                            "-c" + THREADS,
                            "-d" + seconds + "s",
                            "--timeout",
                            "10s",
                            "-s",
                            script.toString(),
                            base + "api/v1/feedback/reports",
                            "--",
                            String.valueOf(firstAddress))
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The benchmark drives the REST API with wrk: apt-get install -y wrk", e);
        }
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException("REST submissions failed:\n" + output);
        }
        // wrk writes the elapsed time as "59.99s" or "1.00m"; its own rate line has one format
        java.util.regex.Matcher requests =
                java.util.regex.Pattern.compile("(\\d+) requests in ").matcher(output);
        java.util.regex.Matcher rate =
                java.util.regex.Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(output);
        if (!requests.find() || !rate.find()) {
            throw new IllegalStateException("wrk said:\n" + output);
        }
        return new Wrk(Integer.parseInt(requests.group(1)), Double.parseDouble(rate.group(1)));
    }

    private record Wrk(int requests, double rate) {}

    /** The wrk script with the report texts in a Lua table before it. */
    private static Path wrkScript() throws Exception {
        StringBuilder lua = new StringBuilder("problems = {\n");
        for (String problem : PROBLEMS) {
            lua.append("  { title = \"")
                    .append(capitalise(problem))
                    .append("\", text = \"")
                    .append(problem)
                    .append("\" },\n");
        }
        lua.append("}\n");
        try (var in = FeedbackBenchmark.class.getResourceAsStream("/bench/submit-reports.lua")) {
            lua.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path script = Files.createTempFile("submit-reports", ".lua");
        script.toFile().deleteOnExit();
        return Files.writeString(script, lua);
    }

    private static double insertOneByOne(String jdbc, Properties props, Fixture fixture, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                Random random = new Random(thread);
                try (Connection c = DriverManager.getConnection(jdbc, props);
                        PreparedStatement s = c.prepareStatement(INSERT_REPORT_AUDITED)) {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        bind(s, fixture, random, "PJ-" + Integer.toString(i, 36).toUpperCase(), false);
                        s.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return count / seconds(began);
    }

    private static long[] searchLatencies(String base, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            search(http, base, SEARCHES[i % SEARCHES.length]);
        }
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            long began = System.nanoTime();
            search(http, base, SEARCHES[random.nextInt(SEARCHES.length)]);
            latencies[i] = System.nanoTime() - began;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private static void search(HttpClient http, String base, String words) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(
                                base + "feedback/index.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("report-list")) {
            throw new IllegalStateException("search " + words + " answered " + page.statusCode());
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    /** Categories, communes and agencies of the demo data, by id. */
    private record Fixture(long[] categories, long[] communes, long[] agencies) {
        static Fixture read(Connection c) throws SQLException {
            return new Fixture(
                    ids(c, "select id from feedback.category"),
                    ids(c, "select id from kernel.org_unit where level_code = 'COMMUNE'"),
                    ids(c, "select id from kernel.org_unit where level_code = 'AGENCY'"));
        }

        private static long[] ids(Connection c, String sql) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery(sql)) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** The largest share each of the platform's processes held while it ran, sampled every second. */
    static final class PeakMemory {
        private final java.util.Map<String, Long> peak = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong peakTotal = new java.util.concurrent.atomic.AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private PeakMemory(Platform platform) {
            sampler = new Thread(
                    () -> {
                        while (running) {
                            vn.egov.launcher.MemoryReport now = platform.memory();
                            now.mebibytes().forEach((process, mib) -> peak.merge(process, mib, Math::max));
                            peakTotal.accumulateAndGet(now.total(), Math::max);
                            try {
                                Thread.sleep(1000);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "memory-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        static PeakMemory sample(Platform platform) {
            return new PeakMemory(platform);
        }

        String stop() throws InterruptedException {
            running = false;
            sampler.interrupt();
            sampler.join();
            return "all together at most " + peakTotal.get() + " MiB; each at most " + peak;
        }
    }
}
