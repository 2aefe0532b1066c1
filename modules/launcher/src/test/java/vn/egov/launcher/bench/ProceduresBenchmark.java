package vn.egov.launcher.bench;

import jakarta.json.Json;
import java.io.StringReader;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.egov.launcher.LaunchSettings;
import vn.egov.launcher.MicroServer;
import vn.egov.launcher.Platform;

/**
 * Figures, not a test. In one run against the platform as the run command starts it (demo data):
 *
 * <ol>
 *   <li>online submissions per second through {@code POST /api/v1/procedures/dossiers}, by 8 threads
 *       with the citizen's token: birth registrations with two component files uploaded beforehand
 *       (not timed), each checked, numbered for the commune's desk and day, its files claimed, its
 *       control-sheet row, its two portal messages and its audit entry written in one transaction;
 *   <li>plain JDBC writing the same rows for as many dossiers, one transaction each, same threads;
 *   <li>with 1,000,000 dossiers in the table (inserted by SQL: a year's worth, 96 % of them decided and
 *       4 % still open, as at a desk in steady state), the staff inbox page's p99 (an officer
 *       of the one-stop centre, signed in, each box in turn) and the public lookup's p99 (by code and
 *       CCCD through the API).
 * </ol>
 *
 * Run: {@code ./mvnw -B -Pbench-procedures package -DskipTests} (-Dbench.dossiers, -Dbench.threads, -Dbench.million).
 */
public final class ProceduresBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ProceduresBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.dossiers", 2_000);
        int threads = Integer.getInteger("bench.threads", 8);
        int million = Integer.getInteger("bench.million", 1_000_000);
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        try (Platform platform = Platform.start(settings)) {
            String base = platform.url();
            String jdbc = "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/platform";
            Properties props = new Properties();
            props.put("user", "postgres");
            long commune;
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                commune = single(c, "select id from kernel.org_unit where code = 'BN-KB-UBND'");
            }
            String token = token(base, "congdan", "DichVuCong@2026");
            int warm = Math.max(50, n / 20);
            System.out.printf("uploading %,d component files (not timed)%n", 2 * (n + warm));
            List<String[]> files = upload(base, token, n + warm, threads);

            submit(base, token, commune, files.subList(0, warm), threads);
            long began = System.nanoTime();
            int submitted = submit(base, token, commune, files.subList(warm, warm + n), threads);
            double apiSeconds = (System.nanoTime() - began) / 1e9;
            double apiRate = submitted / apiSeconds;
            System.out.printf(
                    "online submissions through the REST API: %,d in %.1f s = %.0f/s (each: form and components checked,"
                            + " numbered, 2 files claimed, dossier, 2 parts, control-sheet row, 2 portal messages, audit entry)%n",
                    submitted, apiSeconds, apiRate);

            began = System.nanoTime();
            int written = plain(jdbc, props, commune, n, threads);
            double plainSeconds = (System.nanoTime() - began) / 1e9;
            double plainRate = written / plainSeconds;
            System.out.printf(
                    "plain JDBC, the same rows, one transaction each: %,d in %.1f s = %.0f/s%n",
                    written, plainSeconds, plainRate);
            System.out.printf("ratio REST submission / plain JDBC: %.2f (aim 0.30)%n", apiRate / plainRate);

            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                long before = single(c, "select count(*) from procedures.dossier");
                began = System.nanoTime();
                fill(c, million - before);
                System.out.printf(
                        "dossiers in the table: %,d (%,d inserted by SQL in %.0f s)%n",
                        single(c, "select count(*) from procedures.dossier"),
                        million - before,
                        (System.nanoTime() - began) / 1e9);
            }
            String session = login(base, "canbo", "XuLyHoSo@2026");
            List<Long> inbox = new ArrayList<>();
            String[] boxes = {"NEW", "TO_CHECK", "TO_PROCESS", "TO_APPROVE", "WAITING", "TO_RETURN", "DUE_SOON", "LATE"
            };
            for (int i = 0; i < 40 + 400; i++) {
                long t = System.nanoTime();
                HttpResponse<String> page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        base + "office/procedures/inbox.xhtml?box=" + boxes[i % boxes.length]))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t) / 1_000_000;
                if (page.statusCode() != 200 || !page.body().contains("id=\"dossiers\"")) {
                    throw new IllegalStateException("inbox answered " + page.statusCode());
                }
                if (i >= 40) {
                    inbox.add(ms);
                }
            }
            System.out.printf(
                    "staff inbox page (8 boxes with counts, a page of 20): %s (aim p99 < 100 ms)%n",
                    percentiles(inbox));
            List<String[]> codes;
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                codes = rows(
                        c,
                        "select code, owner_id_number from procedures.dossier where code is not null order by random() limit 500");
            }
            List<Long> lookup = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String[] code = codes.get(i);
                long t = System.nanoTime();
                HttpResponse<String> answer = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/procedures/lookup?code="
                                        + URLEncoder.encode(code[0], StandardCharsets.UTF_8) + "&proof=" + code[1]))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t) / 1_000_000;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("lookup answered " + answer.statusCode() + " " + answer.body());
                }
                if (i >= 50) {
                    lookup.add(ms);
                }
            }
            System.out.printf("public lookup by code and CCCD: %s (aim p99 < 100 ms)%n", percentiles(lookup));
            System.out.println("memory now: " + platform.memory());
        }
    }

    static String percentiles(List<Long> ms) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(
                "%d requests, median %d ms, p99 %d ms, max %d ms",
                sorted.size(),
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.get(sorted.size() - 1));
    }

    static String token(String base, String user, String password) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    /** Signs in through the login page as a browser does; answers the session id. */
    static String login(String base, String user, String password) throws Exception {
        HttpResponse<String> form = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("JSESSIONID="))
                .map(h -> h.substring("JSESSIONID=".length(), h.indexOf(';')))
                .findFirst()
                .orElseThrow();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "login=login&login%3Ausername=" + user + "&login%3Apassword="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("JSESSIONID="))
                .map(h -> h.substring("JSESSIONID=".length(), h.indexOf(';')))
                .findFirst()
                .orElse(cookie);
    }

    /** Two small PDFs per dossier, uploaded as the citizen: their attachment ids. */
    private static List<String[]> upload(String base, String token, int count, int threads) throws Exception {
        byte[] pdf = vn.egov.launcher.OutsideSigner.blankPdf();
        List<String[]> ids = Collections.synchronizedList(new ArrayList<>());
        parallel(count, threads, i -> {
            String[] pair = new String[2];
            for (int k = 0; k < 2; k++) {
                HttpResponse<String> answer = HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "api/v1/attachments?name=giay-to-" + i + "-" + k + ".pdf"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/pdf")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("upload answered " + answer.statusCode() + " " + answer.body());
                }
                pair[k] = Json.createReader(new StringReader(answer.body()))
                        .readObject()
                        .getString("id");
            }
            ids.add(pair);
            return true;
        });
        return new ArrayList<>(ids);
    }

    private static int submit(String base, String token, long commune, List<String[]> files, int threads)
            throws Exception {
        return parallel(files.size(), threads, i -> {
            String[] f = files.get(i);
            String body = "{\"procedure\":\"1.001193\",\"agency\":" + commune
                    + ",\"summary\":\"Đăng ký khai sinh cho con\",\"fields\":{\"child_name\":\"Nguyễn Văn Bình\","
                    + "\"child_birth\":\"2026-11-20\",\"birth_place\":\"Bệnh viện Sản Nhi Bắc Ninh\"},"
                    + "\"delivery\":\"ONLINE\",\"components\":{\"1\":[\"" + f[0] + "\"],\"2\":[\"" + f[1] + "\"]}}";
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "api/v1/procedures/dossiers"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("submission answered " + answer.statusCode() + " " + answer.body());
            }
            return true;
        });
    }

    /** The rows one submission writes, by plain JDBC, one transaction per dossier. */
    private static int plain(String jdbc, Properties props, long commune, int count, int threads) throws Exception {
        long procedure;
        try (Connection c = DriverManager.getConnection(jdbc, props)) {
            procedure = single(
                    c, "select id from procedures.procedure_version where code = '1.001193' and effective_to is null");
            try (var s = c.createStatement()) {
                // files to claim, as the upload would have left them
                s.executeUpdate(
                        "insert into kernel.attachment (id, file_name, content_type, size_bytes, sha256, content, owner)"
                                + " select gen_random_uuid(), 'giay-to.pdf', 'application/pdf', 600, repeat('a', 64), '\\x255044462d'::bytea, 'bench-plain'"
                                + " from generate_series(1, " + (2 * count) + ")");
            }
        }
        List<String[]> files = rows(
                DriverManager.getConnection(jdbc, props),
                "select id::text, id::text from kernel.attachment where owner = 'bench-plain' and used_for is null");
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(jdbc, props);
                c.setAutoCommit(false);
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return parallel(count, threads, i -> {
            Connection c = connections.get();
            long number;
            try (PreparedStatement s = c.prepareStatement(
                    "insert into kernel.numbering_series(code, period, next_value) values (?, ?, 2)"
                            + " on conflict (code, period) do update set next_value = kernel.numbering_series.next_value + 1 returning next_value - 1")) {
                s.setString(1, "bench:000.01.25.H05");
                s.setString(2, "BENCH");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    number = r.getLong(1);
                }
            }
            String code = String.format("BENCH-000.01.25.H05-%06d", number);
            long id;
            try (PreparedStatement s =
                    c.prepareStatement("insert into procedures.dossier (id, code, procedure_id, procedure_code,"
                            + " agency_id, desk_id, current_agency_id, assigned_role, status, channel, owner_kind, owner_name, owner_id_number,"
                            + " owner_email, applicant_username, summary, form_data, result_delivery, submitted_at, created_at, updated_at)"
                            + " values (nextval('procedures.dossier_seq'), ?, ?, '1.001193', ?, ?, ?, 'OFFICER', 'SUBMITTED', 2, 1,"
                            + " 'Nguyễn Văn An', '027095001234', 'congdan@example.vn', 'congdan', 'Đăng ký khai sinh cho con',"
                            + " '{\"child_name\":\"Nguyễn Văn Bình\",\"child_birth\":\"2026-11-20\",\"birth_place\":\"Bệnh viện Sản Nhi Bắc Ninh\"}',"
                            + " 'ONLINE', now(), now(), now()) returning id")) {
                s.setString(1, code);
                s.setLong(2, procedure);
                s.setLong(3, commune);
                s.setLong(4, commune);
                s.setLong(5, commune);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            String[] f = files.get(i);
            String[] pair = {f[0], files.get((i + count) % files.size())[0]};
            for (int k = 0; k < 2; k++) {
                try (PreparedStatement s =
                        c.prepareStatement("update kernel.attachment set used_for = ?, used_at = now()"
                                + " where id = ?::uuid and owner = 'bench-plain'")) {
                    s.setString(1, "procedures.dossier:" + id);
                    s.setString(2, pair[k]);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement(
                        "insert into procedures.dossier_part (id, dossier_id, kind, position, name,"
                                + " attachment_id, file_name, sha256, created_at, created_by) values (nextval('procedures.dossier_part_seq'),"
                                + " ?, 'COMPONENT', ?, 'Tờ khai', ?, 'giay-to.pdf', repeat('a', 64), now(), 'congdan')")) {
                    s.setLong(1, id);
                    s.setInt(2, k + 1);
                    s.setString(3, pair[k]);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into procedures.handover (id, dossier_id, at, action, from_user,"
                            + " to_agency_id, to_role, status_after) values (nextval('procedures.handover_seq'), ?, now(), 'SUBMIT', 'congdan', ?,"
                            + " 'OFFICER', 'SUBMITTED')")) {
                s.setLong(1, id);
                s.setLong(2, commune);
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into procedures.dossier_agency (dossier_id, agency_id) values (?, ?)")) {
                s.setLong(1, id);
                s.setLong(2, commune);
                s.executeUpdate();
            }
            for (String kind : new String[] {"DOSSIER", "PROGRESS"}) {
                try (PreparedStatement s = c.prepareStatement(
                        "insert into procedures.portal_message (id, dossier_id, dossier_code, kind,"
                                + " payload, created_at, next_try_at) values (nextval('procedures.portal_seq'), ?, ?, ?, ?, now(), now() + interval '1 day')")) {
                    s.setLong(1, id);
                    s.setString(2, code);
                    s.setString(3, kind);
                    s.setString(
                            4,
                            "{\"MaHoSo\":\"" + code
                                    + "\",\"MaTTHC\":\"1.001193\",\"TenTTHC\":\"Đăng ký khai sinh\",\"TrangThaiHoSo\":1}");
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into kernel.audit_entry (actor, action, target_type, target_id, detail,"
                            + " source_ip) values ('congdan', 'procedures.dossier.submit', 'dossier', ?, 'SUBMITTED', '127.0.0.1')")) {
                s.setString(1, code);
                s.executeUpdate();
            }
            c.commit();
            return true;
        });
    }

    /** Dossiers of the past year inserted by SQL until the table holds the figure asked. */
    static void fill(Connection c, long count) throws SQLException {
        if (count <= 0) {
            return;
        }
        try (var s = c.createStatement()) {
            s.executeUpdate("""
                    insert into procedures.dossier (id, code, procedure_id, procedure_code, agency_id, desk_id, current_agency_id,
                        assigned_role, status, channel, owner_kind, owner_name, owner_id_number, summary, submitted_at, received_at,
                        due_at, completed_at, on_time, created_at, updated_at, generated)
                    with t as (select row_number() over (order by id) - 1 as k, procedure_id, procedure_code, agency_id, desk_id,
                                      owner_name, summary from procedures.dossier where generated order by id limit 1000),
                         n as (select count(*) as c from t)
                    select nextval('procedures.dossier_seq'), 'BULK-' || lpad(g::text, 9, '0'), t.procedure_id, t.procedure_code,
                        t.agency_id, t.desk_id, case when g % 200 between 192 and 195 then t.agency_id else t.desk_id end, 'OFFICER',
                        case when g % 200 < 190 then 'RETURNED' when g % 200 < 192 then 'PROCESSED' when g % 200 < 196 then 'PROCESSING'
                             when g % 200 < 198 then 'RECEIVED' when g % 200 = 198 then 'SUBMITTED' else 'SUPPLEMENT_REQUESTED' end,
                        1 + g % 3, 1, t.owner_name, lpad((27000000000 + g)::text, 12, '0'), t.summary,
                        now() - ((g % 365) || ' days')::interval, now() - ((g % 365) || ' days')::interval,
                        now() - ((g % 365) || ' days')::interval + interval '10 days',
                        case when g % 200 < 192 then now() - ((g % 365) || ' days')::interval + interval '5 days' end,
                        case when g % 200 < 192 then 'EARLY' end, now(), now(), true
                    from generate_series(1, {count}) g, n, t
                    where t.k = g % n.c
                    """.replace("{count}", String.valueOf(count)));
            s.execute("analyze procedures.dossier");
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String[]> rows(Connection c, String sql) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (c;
                var s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return out;
    }

    interface Work {
        boolean run(int i) throws Exception;
    }

    private static int parallel(int count, int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (work.run(i)) {
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        return done.get();
    }
}
