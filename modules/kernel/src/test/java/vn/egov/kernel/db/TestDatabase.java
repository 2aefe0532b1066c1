package vn.egov.kernel.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL for the kernel's database tests, migrated with the real migrations,
 * and the kernel's persistence unit used outside a container (resource-local transactions).
 */
public final class TestDatabase {
    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            SchemaMigrator.migrateSchema(postgres.getPostgresDatabase(), "kernel", TestDatabase.class.getClassLoader());
        }
        return postgres.getPostgresDatabase();
    }

    public static synchronized EntityManagerFactory entityManagers() {
        if (emf == null) {
            dataSource();
            Map<String, Object> props = new HashMap<>();
            props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            props.put("jakarta.persistence.jtaDataSource", "");
            props.put("jakarta.persistence.nonJtaDataSource", dataSource());
            emf = Persistence.createEntityManagerFactory("kernel", props);
        }
        return emf;
    }

    /** Runs work in one committed transaction. */
    public static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagers().createEntityManager();
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

    public static void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
