package vn.egov.feedback;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** An embedded PostgreSQL with the feedback schema migrated, and the module's persistence unit outside a container. */
final class FeedbackTestDatabase {
    private static EmbeddedPostgres postgres;
    private static EntityManagerFactory emf;

    private FeedbackTestDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("feedback").createSchemas(true)
                .locations("classpath:db/migration/feedback").load().migrate();
        }
        return postgres.getPostgresDatabase();
    }

    static synchronized EntityManagerFactory entityManagers() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("feedback", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource()));
        }
        return emf;
    }

    static <T> T inTransaction(Function<EntityManager, T> work) {
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
}
