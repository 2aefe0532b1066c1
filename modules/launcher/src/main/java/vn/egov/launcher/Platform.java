package vn.egov.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.sandbox.vnpay.SandboxGateway;

/** The running platform: its database (embedded unless configured) and Payara Micro. Closing stops both. */
public final class Platform implements AutoCloseable {
    private final EmbeddedDatabase embedded;
    private final MicroServer server;
    private SandboxGateway sandbox;
    private final Duration startup;
    private String publicUrl;
    /**
     * Settings of the platform itself that may be given to the launcher as system properties
     * ({@code -Dplatform.mail.host=...}); environment variables reach the server anyway.
     */
    private static final List<String> FORWARDED = ConfigKeys.FORWARDED;

    private Platform(EmbeddedDatabase embedded, MicroServer server, Duration startup) {
        this.embedded = embedded;
        this.server = server;
        this.startup = startup;
    }

    public static Platform start(LaunchSettings settings) throws Exception {
        long began = System.nanoTime();
        EmbeddedDatabase embedded = null;
        Map<String, String> props = new LinkedHashMap<>();
        if (settings.externalDb().isPresent()) {
            LaunchSettings.ExternalDb db = settings.externalDb().get();
            props.put(ConfigKeys.DB_URL, db.url());
            props.put(ConfigKeys.DB_USER, db.user());
            props.put(ConfigKeys.DB_PASSWORD, db.password());
        } else {
            embedded = EmbeddedDatabase.start(settings.home().resolve("pgdata"), settings.dbPort());
            props.put(ConfigKeys.DB_URL, embedded.jdbcUrl());
            props.put(ConfigKeys.DB_USER, embedded.user());
            props.put(ConfigKeys.DB_PASSWORD, "");
        }
        for (String key : FORWARDED) {
            String value = System.getProperty(key);
            if (value != null) {
                props.put(key, value);
            }
        }
        if (embedded != null && System.getenv("PLATFORM_SIGNING_MASTERKEY") == null) {
            props.putIfAbsent(
                    ConfigKeys.SIGNING_MASTER_KEY,
                    MasterKeyFile.readOrCreate(settings.home().resolve("signing-master.key")));
        }
        props.putIfAbsent(ConfigKeys.PUBLIC_URL, "http://127.0.0.1:" + settings.httpPort() + "/");
        SandboxGateway sandbox = null;
        if (embedded != null) {
            // the embedded default pays through a stand-in gateway on 127.0.0.1; an external database
            // (production) never gets one, and its payment settings stay what the admins set
            sandbox = startSandbox(settings);
            props.put(ConfigKeys.PAYMENTS_SANDBOX_URL, sandbox.url());
            props.put(ConfigKeys.PAYMENTS_SANDBOX_TMN, sandbox.config().tmnCode());
            props.put(ConfigKeys.PAYMENTS_SANDBOX_SECRET, sandbox.config().hashSecret());
        }
        if (settings.loadDemo()) {
            props.put(ConfigKeys.DEMO_DIR, settings.configDir().resolve("demo").toString());
        }
        MicroServer server = null;
        try {
            server = MicroServer.start(settings, props);
            server.awaitReady(Duration.ofMinutes(5));
        } catch (Exception e) {
            if (server != null) {
                server.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        Platform platform = new Platform(embedded, server, Duration.ofNanos(System.nanoTime() - began));
        platform.publicUrl = props.get(ConfigKeys.PUBLIC_URL);
        platform.sandbox = sandbox;
        return platform;
    }

    /** The sandbox gateway, with a fresh secret each start, sending its IPNs to this platform. */
    private static SandboxGateway startSandbox(LaunchSettings settings) throws java.io.IOException {
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        SandboxGateway.Config config = SandboxGateway.Config.of(
                settings.sandboxPort(),
                "EGOVSBX1",
                java.util.HexFormat.of().formatHex(secret),
                "http://127.0.0.1:" + settings.httpPort() + "/api/v1/payments/vnpay/ipn");
        return SandboxGateway.start(new SandboxGateway.Config(
                config.port(),
                config.tmnCode(),
                config.hashSecret(),
                config.ipnUrl(),
                java.nio.file.Files.createDirectories(settings.home().resolve("sandbox-settlements")),
                config.ipnRetryDelays(),
                config.clock()));
    }

    /** The sandbox payment gateway started with the embedded database, or empty with an external one. */
    public Optional<SandboxGateway> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    /** The address the platform tells citizens and names in its certificates ({@code platform.publicUrl}). */
    public String publicUrl() {
        return publicUrl;
    }

    public String url() {
        return server.url();
    }

    public Duration startup() {
        return startup;
    }

    /** What the platform's processes hold now, each one's share (the launcher is this JVM). */
    public MemoryReport memory() {
        return MemoryReport.of(
                ProcessHandle.of(server.pid()).orElseThrow(),
                ProcessHandle.current(),
                Optional.ofNullable(embedded).flatMap(EmbeddedDatabase::server));
    }

    public int awaitServerExit() throws InterruptedException {
        return server.waitFor();
    }

    /**
     * The first-run link the platform logged at start-up (no administrator on its database yet),
     * or empty. The link is in the log of this start only; a restart makes a new one.
     */
    public Optional<String> firstRunLink() {
        try (var lines = java.nio.file.Files.lines(server.log())) {
            return lines.filter(l -> l.contains(ConfigKeys.FIRST_RUN_LOG_MARKER))
                    .reduce((first, second) -> second)
                    .map(l -> l.substring(l.indexOf(ConfigKeys.FIRST_RUN_LOG_MARKER)
                                    + ConfigKeys.FIRST_RUN_LOG_MARKER.length())
                            .split(" ")[0]);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    public Path serverLog() {
        return server.log();
    }

    @Override
    public void close() throws Exception {
        server.close();
        if (sandbox != null) {
            sandbox.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
