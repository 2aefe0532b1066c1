package vn.egov.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** One embedded PostgreSQL per test JVM, closed when the JVM ends. */
final class PostgresOnFixedPort {
    private static EmbeddedPostgres postgres;

    private PostgresOnFixedPort() {}

    static synchronized void start(int port) throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder()
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
