package vn.egov.kernel.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import vn.egov.kernel.db.SchemaMigrator;

/**
 * One embedded PostgreSQL per test JVM for every module's database tests (the kernel's test-jar):
 * each module's schema is migrated with its real migrations the first time it is asked for, and
 * its persistence unit runs outside a container with resource-local transactions. A module's
 * persistence unit and its schema share the module's id ({@code kernel}, {@code feedback}...).
 */
public final class TestDatabase {
    private static EmbeddedPostgres postgres;
    private static final Set<String> MIGRATED = new HashSet<>();
    private static final Map<String, EntityManagerFactory> UNITS = new HashMap<>();

    private TestDatabase() {}

    /** The database, with the schema of each module named migrated. */
    public static synchronized DataSource migrated(String... modules) {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        // the library gives up after 10 s; a busy machine (CI on 2 cores) has taken longer to start a
                        // server
                        .setPGStartupWait(Duration.ofMinutes(2))
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        for (String module : modules) {
            if (MIGRATED.add(module)) {
                SchemaMigrator.migrateSchema(
                        postgres.getPostgresDatabase(), module, TestDatabase.class.getClassLoader());
            }
        }
        return postgres.getPostgresDatabase();
    }

    /** The module's persistence unit over its migrated schema. */
    public static synchronized EntityManagerFactory unit(String module) {
        return UNITS.computeIfAbsent(module, m -> {
            DataSource dataSource = migrated(m);
            Map<String, Object> props = new HashMap<>();
            props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            props.put("jakarta.persistence.jtaDataSource", "");
            props.put("jakarta.persistence.nonJtaDataSource", dataSource);
            return Persistence.createEntityManagerFactory(m, props);
        });
    }

    /** Runs work in one committed transaction of the module's unit. */
    public static <T> T inTransaction(String module, Function<EntityManager, T> work) {
        EntityManager em = unit(module).createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public static void run(String module, Consumer<EntityManager> work) {
        inTransaction(module, em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * The SQLState of the database error behind a failure (a constraint test asserts it, e.g.
     * {@code 23505} unique, {@code 23514} check, {@code 23503} foreign key), or null if none.
     */
    public static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
