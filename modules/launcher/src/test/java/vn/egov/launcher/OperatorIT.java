package vn.egov.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform as an operator meets it on an external PostgreSQL: a fresh database without demo
 * data, where the first administrator is made through the one-time link; then the database is
 * stopped and started again under the running platform.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorIT {
    private static final int DB_PORT = 55434;
    private static Path dataDir;
    private static EmbeddedPostgres external;
    private static Platform platform;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void start() throws Exception {
        LaunchSettings defaults = LaunchSettings.fromEnvironment();
        Path home = defaults.home().resolveSibling("operator-home");
        MicroServer.deleteRecursively(home);
        dataDir = home.resolve("external-pgdata");
        external = startExternal();
        LaunchSettings settings = new LaunchSettings(
                home,
                defaults.httpPort(),
                defaults.dbPort(),
                Optional.of(new LaunchSettings.ExternalDb(
                        "jdbc:postgresql://127.0.0.1:" + DB_PORT + "/postgres", "postgres", "")),
                defaults.runtimeDir(),
                defaults.configDir(),
                false,
                defaults.sandboxPort());
        platform = Platform.start(settings);
        base = platform.url();
    }

    /** An "external" server: a PostgreSQL the platform did not start and does not watch. */
    private static EmbeddedPostgres startExternal() throws Exception {
        Files.createDirectories(dataDir);
        return EmbeddedPostgres.builder()
                // the library gives up after 10 s; a busy machine (CI on 2 cores) has taken longer to start a server
                .setPGStartupWait(Duration.ofMinutes(2))
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(DB_PORT)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    @Order(1)
    void theFirstAdministratorIsMadeOnceThroughTheLinkTheLauncherPrints() throws Exception {
        String link = platform.firstRunLink().orElseThrow(() -> new AssertionError("no first-run link in the log"));
        assertTrue(link.startsWith(base + "setup.xhtml?token="), link);
        assertEquals(401, token("quantri", "HeThong@2026").statusCode(), "no demo account on a fresh database");

        String wrong = get(base + "setup.xhtml?token=guessed").body();
        assertFalse(wrong.contains("setup:submit"), "a wrong token opens no form");

        String form = get(link).body();
        assertTrue(form.contains("setup:provinceName"), "an empty tree: the province is asked for");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("setup", "setup");
        fields.put("setup:provinceName", "Tỉnh Bắc Ninh");
        fields.put("setup:provinceCode", "BN");
        fields.put("setup:displayName", "Nguyễn Văn Quản");
        fields.put("setup:username", "quantrivien");
        fields.put("setup:email", "");
        fields.put("setup:password", "short");
        fields.put("setup:passwordConfirmation", "short");
        fields.put("setup:submit", "");
        HttpResponse<String> weak = post(base + "setup.xhtml", fields, form);
        assertEquals(200, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("ít nhất 8 ký tự"), "the password policy applies");

        fields.put("setup:password", "Tre-Xanh-Ven-Song-42");
        fields.put("setup:passwordConfirmation", "Tre-Xanh-Ven-Song-42");
        HttpResponse<String> done = post(base + "setup.xhtml", fields, weak.body());
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").contains("login.xhtml"));

        HttpResponse<String> signedIn = token("quantrivien", "Tre-Xanh-Ven-Song-42");
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        String bearer = signedIn.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        String me = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                                .header("Authorization", "Bearer " + bearer)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(me.contains("ADMIN"), me);

        assertFalse(get(link).body().contains("setup:submit"), "the link works once");
        try (Connection c = external.getPostgresDatabase().getConnection();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select count(*) from kernel.audit_entry where action = 'kernel.setup.firstAdministrator'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "the first administrator is in the audit log");
        }
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsStoppedRequestsAreAnswered503AtOnceAndServiceReturnsByItself() throws Exception {
        assertEquals(200, get(base + "health/ready").statusCode());
        assertEquals(200, get(base + "feedback/").statusCode());
        external.close();

        long began = System.nanoTime();
        HttpResponse<String> ready = get(base + "health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("DOWN"), ready.body());
        assertTrue(
                Duration.ofNanos(System.nanoTime() - began).toMillis() < 1000, "readiness says DOWN within a second");

        for (String path :
                new String[] {"feedback/", "api/v1/open311/v2/requests.json", "feedback/track.xhtml?code=PA-1"}) {
            long t0 = System.nanoTime();
            HttpResponse<String> answer = get(base + path);
            long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
            assertEquals(503, answer.statusCode(), path + ": " + answer.body());
            assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""), path);
            assertTrue(ms < 1000, path + " answered in " + ms + " ms");
        }

        external = startExternal();
        long back = System.nanoTime();
        while (get(base + "health/ready").statusCode() != 200) {
            assertTrue(Duration.ofNanos(System.nanoTime() - back).toSeconds() < 15, "serving again within seconds");
            Thread.sleep(200);
        }
        assertEquals(200, get(base + "feedback/").statusCode());
        assertEquals(200, get(base + "api/v1/open311/v2/requests.json").statusCode());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> token(String username, String password) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post as the browser makes it: with the page's view state and PrimeFaces' script nonce. */
    private static HttpResponse<String> post(String url, Map<String, String> fields, String page) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", find(page, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        all.put("primefaces.nonce", find(page, "PrimeFaces.csp.init\\('([^']+)'\\)"));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", base.substring(0, base.length() - 1))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String find(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), "the page has " + regex);
        return m.group(1);
    }
}
