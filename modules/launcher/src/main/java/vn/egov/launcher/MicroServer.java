package vn.egov.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro serving the platform WAR, as a child process bound to 127.0.0.1. */
public final class MicroServer implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;

    private MicroServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts Payara Micro with the given configuration for the application (database, demo
     * data), logging to {@code home/logs/payara.log}.
     */
    public static MicroServer start(LaunchSettings settings, Map<String, String> appProperties) throws IOException {
        Path logs = Files.createDirectories(settings.home().resolve("logs"));
        // Payara Micro reuses an exploded application found in its root folder, which would
        // serve an old build: start from an empty one every time.
        Path workDir = settings.home().resolve("payara");
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // memory: a heap that starts small, gives back what a burst of load took once it is idle
        // (G1's periodic collection and free ratios), and stops at 768 MiB; docs/benchmarks.md has the figures
        command.addAll(List.of(
                "-Xms96m",
                "-Xmx768m",
                "-XX:+UseG1GC",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30",
                "-XX:G1PeriodicGCInterval=60000",
                "-XX:ReservedCodeCacheSize=128m",
                "-Xss512k"));
        command.add("-Duser.timezone=Asia/Ho_Chi_Minh");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.addAll(List.of(
                "-jar",
                settings.runtimeDir().resolve("payara-micro.jar").toString(),
                "--deploy",
                settings.runtimeDir().resolve("platform.war").toString(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(settings.httpPort()),
                // no data grid: it would listen on every interface (and --nocluster would start it anyway)
                "--nohazelcast",
                "--nohostaware",
                "--rootdir",
                workDir.toString(),
                "--prebootcommandfile",
                settings.configDir().resolve("payara/pre-boot-commands.asadmin").toString(),
                "--logProperties",
                settings.configDir().resolve("payara/logging.properties").toString()));
        Path log = logs.resolve("payara.log");
        if (Files.exists(log)) {
            // keep the previous run's log for whoever investigates a failed start
            Files.move(log, logs.resolve("payara.previous.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        // glibc gives each thread that allocates its own 64 MiB arena; two are plenty for a JVM,
        // whose heap is its own, and save a hundred MiB or more of resident memory
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        // through the environment, not the command line, so that `ps` shows no database password;
        // MicroProfile Config reads PLATFORM_DB_URL as platform.db.url
        appProperties.forEach(
                (k, v) -> builder.environment().put(k.toUpperCase(Locale.ROOT).replace('.', '_'), v));
        Process process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        return new MicroServer(process, log, settings.httpPort());
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Waits until the platform answers its readiness check and its home page, or fails. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(
                        "Payara Micro stopped during start-up (exit " + process.exitValue() + "); see " + log);
            }
            if (Files.readString(log).contains("Exception while loading the app")) {
                throw new IOException("The platform failed to deploy; see " + log);
            }
            if (answers(http, "health/ready") && answers(http, "")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("Platform not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    private boolean answers(HttpClient http, String path) throws InterruptedException {
        try {
            HttpResponse<Void> r = http.send(
                    HttpRequest.newBuilder(URI.create(url() + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Asks Payara to stop (SIGTERM) and waits for it, killing it after 30 seconds. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
