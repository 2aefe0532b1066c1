package vn.egov.launcher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import vn.egov.launcher.LaunchSettings;
import vn.egov.launcher.MicroServer;
import vn.egov.launcher.Platform;

/**
 * The indices benchmark (figures, not a test): with 1,000,000 dossiers, recomputing the 766 index
 * of the current year for the whole province (every unit, through the REST API, stored as a
 * snapshot) against the bare SQL aggregates the same figures need, run in the same database; then
 * the leaders' dashboard rendered again and again from its snapshots.
 *
 * <p>{@code ./mvnw -B -Pbench-indices package -DskipTests}
 */
public final class IndicesBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private IndicesBenchmark() {}

    /** What the 766 preset reads, per agency, written by hand: dossiers, catalogue, feedback, payments, signatures. */
    private static List<String> bareSql(String year) {
        String from = "timestamptz '" + year + "-01-01 00:00+07'";
        String to = "timestamptz '" + (Integer.parseInt(year) + 1) + "-01-01 00:00+07'";
        String r = "(received_at >= " + from + " and received_at < " + to + ")";
        String p = "(completed_at >= " + from + " and completed_at < " + to + " and on_time is not null)";
        String open =
                "status in ('RECEIVED','PROCESSING','AWAITING_APPROVAL','SUPPLEMENT_REQUESTED','FEE_REQUESTED','WITHDRAWAL_REQUESTED')";
        return List.of(
                "select agency_id, count(*) filter (where " + r + "), count(*) filter (where " + r
                        + " and channel = 2),"
                        + " count(*) filter (where " + p + "), count(*) filter (where " + p + " and on_time = 'EARLY'),"
                        + " count(*) filter (where " + p + " and on_time = 'ON_TIME'), count(*) filter (where " + p
                        + " and on_time = 'LATE'), count(*) filter (where " + p
                        + " and on_time <> 'LATE' and supplement_requests >= 2), count(*) filter (where " + r + " and "
                        + open
                        + " and (paused_at is not null or due_at >= now())), count(*) filter (where " + r + " and "
                        + open
                        + " and paused_at is null and due_at < now()), count(*) filter (where " + r
                        + " and supplement_requests >= 2), count(*) filter (where " + p + " and electronic_result),"
                        + " count(*) filter (where " + p + " and result_signed), count(*) filter (where " + r
                        + " and digitised_parts > 0), count(*) filter (where " + r + " and reused_parts > 0),"
                        + " count(*) filter (where " + r + " and fee_bearing), count(*) filter (where " + r
                        + " and fee_bearing and fee_paid_online), count(*) filter (where " + p
                        + " and rating is not null),"
                        + " count(*) filter (where " + p + " and rating >= 4)"
                        + " from procedures.dossier where " + r + " or (completed_at >= " + from
                        + " and completed_at < " + to
                        + ") group by agency_id",
                "select a.agency_id, count(*), count(*) filter (where v.online_level = 'FULL'),"
                        + " count(*) filter (where v.fee_timing <> 'NONE') from procedures.procedure_version v"
                        + " join procedures.procedure_agency a on a.procedure_id = v.id where v.effective_to is null group by a.agency_id",
                "select agency_id, count(*), count(*) filter (where status in ('PUBLISHED','CLOSED','REJECTED','MERGED')),"
                        + " count(rating) from feedback.report where received_at >= " + from + " and received_at < "
                        + to
                        + " group by agency_id",
                "select agency_id, count(*) from payments.fee_order where created_at >= " + from + " and created_at < "
                        + to + " group by agency_id",
                "select agency_id, count(*) from signing.signature_ledger where signed_at >= " + from
                        + " and signed_at < " + to + " group by agency_id");
    }

    public static void main(String[] args) throws Exception {
        int million = Integer.getInteger("bench.million", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 7);
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        MicroServer.deleteRecursively(settings.home());
        String year =
                String.valueOf(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        try (Platform platform = Platform.start(settings)) {
            String base = platform.url();
            String jdbc = "jdbc:postgresql://127.0.0.1:" + settings.dbPort() + "/platform";
            Properties props = new Properties();
            props.put("user", "postgres");
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                long before = ProceduresBenchmark.single(c, "select count(*) from procedures.dossier");
                long began = System.nanoTime();
                ProceduresBenchmark.fill(c, million - before);
                System.out.printf(
                        "dossiers in the table: %,d (%,d inserted by SQL in %.0f s); received in %s: %,d%n",
                        ProceduresBenchmark.single(c, "select count(*) from procedures.dossier"),
                        million - before,
                        (System.nanoTime() - began) / 1e9,
                        year,
                        ProceduresBenchmark.single(
                                c,
                                "select count(*) from procedures.dossier where received_at >= timestamptz '" + year
                                        + "-01-01 00:00+07'"));
            }
            String admin = ProceduresBenchmark.token(base, "quantri", "HeThong@2026");
            List<Long> recompute = new ArrayList<>();
            List<Long> server = new ArrayList<>();
            for (int i = 0; i < rounds + 1; i++) {
                long t = System.nanoTime();
                HttpResponse<String> answer = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/indices/scores/766/recompute?period=" + year))
                                .header("Authorization", "Bearer " + admin)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t) / 1_000_000;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("recompute answered " + answer.statusCode() + " " + answer.body());
                }
                if (i > 0) {
                    recompute.add(ms);
                    server.add(Long.parseLong(answer.body().replaceAll(".*\"millis\":(\\d+).*", "$1")));
                }
            }
            List<Long> bare = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(jdbc, props)) {
                for (int i = 0; i < rounds + 1; i++) {
                    long t = System.nanoTime();
                    for (String sql : bareSql(year)) {
                        try (var s = c.createStatement();
                                var rs = s.executeQuery(sql)) {
                            while (rs.next()) {
                                rs.getLong(1);
                            }
                        }
                    }
                    if (i > 0) {
                        bare.add((System.nanoTime() - t) / 1_000_000);
                    }
                }
            }
            long recomputeMedian = median(recompute);
            long bareMedian = median(bare);
            System.out.printf(
                    "766 index of %s recomputed for every unit (REST, stored as a snapshot): median %d ms (computation"
                            + " inside the server: median %d ms) over %d rounds%n",
                    year, recomputeMedian, median(server), rounds);
            System.out.printf(
                    "the bare SQL aggregates of the same figures (JDBC, same database): median %d ms%n", bareMedian);
            System.out.printf("ratio recompute / bare SQL: %.2f (aim <= 1.5)%n", (double) recomputeMedian / bareMedian);

            String session = ProceduresBenchmark.login(base, "lanhdao", "PheDuyet@2026");
            List<Long> dashboard = new ArrayList<>();
            String[] periods = {year, year + "-Q4", year + "-11", year + "-Q3"};
            for (int i = 0; i < 40 + 400; i++) {
                long t = System.nanoTime();
                HttpResponse<String> page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(
                                        base + "office/indices/dashboard.xhtml?period=" + periods[i % periods.length]))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t) / 1_000_000;
                if (page.statusCode() != 200 || !page.body().contains("id=\"value-TD1\"")) {
                    throw new IllegalStateException("dashboard answered " + page.statusCode());
                }
                if (i >= 40) {
                    dashboard.add(ms);
                }
            }
            System.out.printf(
                    "leaders' dashboard from its snapshots (4 periods, trend of 6, rankings, DTI, plan): %s (aim p99 < 300 ms)%n",
                    ProceduresBenchmark.percentiles(dashboard));
            System.out.println("memory now: " + platform.memory());
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
