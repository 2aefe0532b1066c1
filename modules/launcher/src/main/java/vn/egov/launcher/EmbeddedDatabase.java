package vn.egov.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL on 127.0.0.1 whose data folder survives restarts. A watchdog starts it again
 * on the same folder and port when it dies while the platform runs; the platform's pool then
 * reconnects by itself.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "platform";
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    private final Path dataDir;
    private final int port;
    private final AtomicInteger restarts = new AtomicInteger();
    private final Thread watchdog;
    private volatile EmbeddedPostgres postgres;
    private volatile boolean closing;
    private volatile Optional<ProcessHandle> server = Optional.empty();

    private EmbeddedDatabase(Path dataDir, int port, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.port = port;
        this.postgres = postgres;
        this.watchdog = new Thread(this::watch, "embedded-postgres-watchdog");
        this.watchdog.setDaemon(true);
    }

    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        EmbeddedDatabase db = new EmbeddedDatabase(dataDir, port, launch(dataDir, port));
        db.createDatabaseIfMissing();
        db.server = postmaster(dataDir);
        db.watchdog.start();
        return db;
    }

    private static EmbeddedPostgres launch(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                // the library gives up after 10 s; a busy machine (CI on 2 cores) has taken longer to start a server
                .setPGStartupWait(Duration.ofMinutes(2))
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                // the library is made for tests: it starts PostgreSQL with fsync off (-F) and asynchronous
                // commits, so a crash or power cut could lose or corrupt what citizens were told was saved
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // a small province's load needs little; the defaults' 128 MB of shared buffers is the
                // largest part of the platform's memory at rest
                .setServerConfig("shared_buffers", "32MB")
                .setServerConfig("work_mem", "4MB")
                .start();
    }

    private void watch() {
        while (!closing) {
            try {
                Thread.sleep(WATCH_INTERVAL.toMillis());
                if (!closing && server.map(ProcessHandle::isAlive).orElse(false) == false) {
                    restart();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Starts PostgreSQL again on the same folder; tries every two seconds until it runs or the platform stops. */
    private synchronized void restart() throws InterruptedException {
        System.out.println("[platform] the embedded PostgreSQL stopped; starting it again");
        try {
            postgres.close(); // releases the data folder's lock; the server is already gone
        } catch (IOException e) {
            // nothing to stop
        }
        while (!closing) {
            try {
                postgres = launch(dataDir, port);
                server = postmaster(dataDir);
                restarts.incrementAndGet();
                System.out.println("[platform] the embedded PostgreSQL runs again on port " + port);
                return;
            } catch (IOException | RuntimeException e) {
                // its old processes may still hold the shared memory for a moment
                System.out.println("[platform] the embedded PostgreSQL did not start yet: " + e.getMessage());
                Thread.sleep(2000);
            }
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String user() {
        return "postgres";
    }

    /** The PostgreSQL server process (its workers are its children), for the memory report. */
    public Optional<ProcessHandle> server() {
        return server;
    }

    /** The running server's process, named on the first line of the data folder's postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Path dataDir) {
        try {
            String first =
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
            return ProcessHandle.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How many times the watchdog has started the database again. */
    public int restarts() {
        return restarts.get();
    }

    @Override
    public void close() throws IOException {
        closing = true;
        watchdog.interrupt(); // ends a restart in progress, which holds the lock below
        synchronized (this) {
            postgres.close();
        }
    }
}
