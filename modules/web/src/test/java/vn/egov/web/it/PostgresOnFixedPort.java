package vn.egov.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;

/** One embedded PostgreSQL per test JVM, closed when the JVM ends. */
final class PostgresOnFixedPort {
    private static EmbeddedPostgres postgres;

    private PostgresOnFixedPort() {}

    static synchronized void start(int port) throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder()
                    // the library gives up after 10 s; a busy machine (CI on 2 cores) has taken longer to start a
                    // server
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is ending; the data folder is temporary
                }
            }));
        }
    }
}
