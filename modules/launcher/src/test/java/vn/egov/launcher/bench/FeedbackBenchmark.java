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
import vn.egov.kernel.api.VietnameseText;
import vn.egov.launcher.LaunchSettings;
import vn.egov.launcher.MicroServer;
import vn.egov.launcher.Platform;

/**
 * The feedback benchmark (figures, not a test). On a fresh platform it loads 1,000,000 reports
 * with plain JDBC, then measures in the same run (after a warm-up of the server's JIT):
 * report submission through the REST API,
 * the same rows inserted by plain JDBC one transaction each with the same concurrency, and the
 * latency of the public search page. Sizes: -Dbench.reports, -Dbench.rest,
 * -Dbench.warmup, -Dbench.searches, -Dbench.threads.
 */
public final class FeedbackBenchmark {
    private static final AtomicInteger CITIZENS = new AtomicInteger();
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final String[] PLACES = {"đường Lý Thái Tổ", "phố Ngô Gia Tự", "chợ Phật Tích", "phường Võ Cường",
        "xã Liên Bão", "cổng trường tiểu học", "khu công nghiệp Tiên Sơn", "ngõ 12 Nguyễn Gia Thiều", "công viên Văn Miếu",
        "bến xe Bắc Ninh"};
    private static final String[] PROBLEMS = {"ổ gà sâu gây nguy hiểm", "đèn đường không sáng", "rác thải tồn đọng nhiều ngày",
        "nước thải chảy tràn ra đường", "lấn chiếm vỉa hè để kinh doanh", "cây xanh gãy đổ", "tiếng ồn karaoke về đêm",
        "khói bụi từ công trình xây dựng", "cống thoát nước bị tắc gây ngập", "biển báo giao thông bị che khuất"};
    private static final String[] SEARCHES = {"o ga", "den duong", "rac thai", "nuoc thai", "via he", "cay xanh", "karaoke",
        "khoi bui", "cong thoat nuoc", "bien bao", "ly thai to", "phat tich", "ngap"};

    private FeedbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reports = Integer.getInteger("bench.reports", 1_000_000);
        int rest = Integer.getInteger("bench.rest", 5_000);
        int warmUp = Integer.getInteger("bench.warmup", 5_000);
        int searches = Integer.getInteger("bench.searches", 1_000);
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        try (Platform platform = Platform.start(settings)) {
            String jdbc = "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/platform";
            Properties props = new Properties();
            props.put("user", "postgres");
            props.put("reWriteBatchedInserts", "true");
            Fixture fixture;
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                fixture = Fixture.read(c);
            }
            System.out.printf("platform ready in %.1f s at %s%n", platform.startup().toMillis() / 1000.0, platform.url());

            long began = System.nanoTime();
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                loadBatched(c, fixture, reports);
            }
            double batchedRate = reports / seconds(began);
            System.out.printf("loaded %,d reports with JDBC batches: %.0f reports/s%n", reports, batchedRate);
            try (Connection c = DriverManager.getConnection(jdbc, props); Statement s = c.createStatement()) {
                s.execute("vacuum analyze feedback.report");
            }

            submitThroughRest(platform.url(), warmUp);
            System.out.printf("warm-up: %,d REST submissions, not counted%n", warmUp);
            double restRate = submitThroughRest(platform.url(), rest);
            System.out.printf("REST submissions: %,d in %d threads: %.1f reports/s%n", rest, THREADS, restRate);
            double jdbcRate = insertOneByOne(jdbc, props, fixture, rest);
            System.out.printf("plain JDBC inserts of the same rows, one transaction each, %d threads: %.1f reports/s%n",
                THREADS, jdbcRate);
            System.out.printf("ratio REST / plain JDBC: %.1f %%   (REST / JDBC batches: %.2f %%)%n",
                100 * restRate / jdbcRate, 100 * restRate / batchedRate);

            long[] latencies = searchLatencies(platform.url(), searches);
            System.out.printf("public search page (%,d searches over %,d reports): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                searches, reports + warmUp + 2 * rest, latencies[latencies.length / 2] / 1e6,
                latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6, latencies[latencies.length - 1] / 1e6);
        }
    }

    private static final String INSERT_REPORT = """
        with r as (insert into feedback.report (tracking_code, category_id, title, description, address, commune_id,
            latitude, longitude, anonymous, consent_publish, channel, source_address, status, agency_id, received_at,
            deadline, answer, published_at, search_text)
            values (?, ?, ?, ?, ?, ?, ?, ?, true, true, 'WEB', '127.0.0.1', ?, ?, ?, ?, ?, ?, ?) returning id, received_at)
        insert into feedback.report_event (report_id, at, actor, kind, to_status) select id, received_at, 'citizen', 'SUBMITTED', 'RECEIVED' from r""";

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

    private static void bind(PreparedStatement s, Fixture fixture, Random random, String code, boolean answered) throws SQLException {
        String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
        String place = PLACES[random.nextInt(PLACES.length)];
        String title = capitalise(problem) + " tại " + place;
        String description = "Người dân phản ánh tình trạng " + problem + " tại " + place + " đã kéo dài nhiều ngày, đề nghị "
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
        s.setObject(10, answered ? fixture.agencies[random.nextInt(fixture.agencies.length)] : null, java.sql.Types.BIGINT);
        s.setObject(11, received);
        s.setObject(12, received.toLocalDate().plusDays(14));
        s.setString(13, answered ? "Cơ quan đã kiểm tra thực tế và xử lý xong nội dung phản ánh." : null);
        s.setObject(14, answered ? received.plusDays(5) : null);
        s.setString(15, VietnameseText.fold(title + " " + description + " " + place));
    }

    private static double submitThroughRest(String base, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(THREADS)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Random random = new Random(7);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long began = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < count) {
                    String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
                    String body = "{\"category\":\"GIAO_THONG\",\"title\":\"" + capitalise(problem) + "\",\"description\":\""
                        + "Người dân phản ánh tình trạng " + problem + " đã kéo dài nhiều ngày, đề nghị xử lý sớm.\","
                        + "\"anonymous\":true,\"consentToPublish\":true,\"latitude\":21.18,\"longitude\":106.07}";
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/feedback/reports"))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", citizenAddress())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double rate = count / seconds(began);
        pool.shutdown();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " REST submissions failed");
        }
        return rate;
    }

    /**
     * Each submission comes from its own citizen's address, as through the province's reverse
     * proxy (the benchmark runs the platform with 127.0.0.1 as a trusted proxy), so the flood
     * rules keep their defaults and see what they would see in production.
     */
    private static String citizenAddress() {
        int i = CITIZENS.getAndIncrement();
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
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
                try (Connection c = DriverManager.getConnection(jdbc, props); PreparedStatement s = c.prepareStatement(INSERT_REPORT)) {
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
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "feedback/index.xhtml?q="
            + URLEncoder.encode(words, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
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
            return new Fixture(ids(c, "select id from feedback.category"),
                ids(c, "select id from kernel.org_unit where level_code = 'COMMUNE'"),
                ids(c, "select id from kernel.org_unit where level_code = 'AGENCY'"));
        }

        private static long[] ids(Connection c, String sql) throws SQLException {
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
