package vn.egov.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys platform.ear on a full Payara Server 6 (the distribution from Maven Central, unpacked
 * by the build), with every listener moved to 127.0.0.1 and to ports of its own, and checks
 * that the login page and a REST call answer.
 */
class PayaraServerEarIT {
    private static final int HTTP = 18081;
    private static final int ADMIN = 14848;
    private static final Path HOME = Path.of(System.getProperty("payara.home"));
    private static EmbeddedPostgres postgres;
    private static Map<String, String> env;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = EmbeddedPostgres.builder()
                // the library gives up after 10 s; a busy machine (CI on 2 cores) has taken longer to start a server
                .setPGStartupWait(Duration.ofMinutes(2))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        env = Map.of(
                "PLATFORM_DB_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "PLATFORM_DB_USER", "postgres",
                "PLATFORM_DB_PASSWORD", "");
        bindToLoopback(HOME.resolve("glassfish/domains/domain1/config/domain.xml"));
        asadmin(List.of("start-domain", "domain1"), Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            // the unpacked domain is kept between builds: leave it without the application, so the
            // next build's EAR is not started against a stored copy of this one
            asadmin(List.of("undeploy", "platform"), Duration.ofMinutes(2), false);
            asadmin(List.of("stop-domain", "domain1"), Duration.ofMinutes(2));
        } finally {
            postgres.close();
        }
    }

    /** The stock domain listens on every interface; keep the DAS's listeners on loopback and off the usual ports. */
    static void bindToLoopback(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int split = xml.indexOf("<config name=\"default-config\"");
        String server = xml.substring(0, split)
                .replace(
                        "<network-listener port=\"8080\"",
                        "<network-listener address=\"127.0.0.1\" port=\"" + HTTP + "\"")
                .replace("<network-listener port=\"8181\"", "<network-listener address=\"127.0.0.1\" port=\"18182\"")
                .replace(
                        "<network-listener port=\"4848\"",
                        "<network-listener address=\"127.0.0.1\" port=\"" + ADMIN + "\"")
                .replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replace("port=\"8686\"", "port=\"18686\"")
                .replace(
                        "<jms-service addresslist-behavior=\"priority\" default-jms-host=\"default_JMS_host\" type=\"EMBEDDED\">",
                        "<jms-service addresslist-behavior=\"priority\" default-jms-host=\"default_JMS_host\" type=\"DISABLED\">")
                .replace(
                        "<hazelcast-config-specific-configuration>",
                        "<hazelcast-config-specific-configuration enabled=\"false\">");
        Files.writeString(domainXml, server + xml.substring(split), StandardCharsets.UTF_8);
    }

    static String asadmin(List<String> args, Duration timeout) throws Exception {
        return asadmin(args, timeout, true);
    }

    static String asadmin(List<String> args, Duration timeout, boolean mustSucceed) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(HOME.resolve("bin/asadmin").toString(), "--port", String.valueOf(ADMIN)));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS), "asadmin " + args + " timed out");
        if (mustSucceed) {
            assertEquals(0, process.exitValue(), "asadmin " + args + ": " + output);
        }
        return output;
    }

    @Test
    void theEarDeploysAndServesTheLoginPageAndTheApi() throws Exception {
        String ear = System.getProperty("platform.ear");
        // a domain kept from an interrupted earlier run may still hold the application
        asadmin(List.of("undeploy", "platform"), Duration.ofMinutes(2), false);
        asadmin(List.of("deploy", ear), Duration.ofMinutes(5));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP + "/login.xhtml"))
                        .header("Accept-Language", "vi")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        assertTrue(login.body().contains("Đăng nhập") && login.body().contains("login:password"), login.body());
        HttpResponse<String> units = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP + "/api/v1/org-units"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, units.statusCode(), units.body());
        assertTrue(units.body().startsWith("["), units.body());
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"nobody\",\"password\":\"Sai#2026x\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, token.statusCode(), token.body());
        assertTrue(asadmin(List.of("list-applications"), Duration.ofMinutes(1)).contains("platform"));
    }
}
