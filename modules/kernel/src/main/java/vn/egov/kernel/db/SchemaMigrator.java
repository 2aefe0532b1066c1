package vn.egov.kernel.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import vn.egov.kernel.api.ModuleDescriptor;

/**
 * Migrates every module's schema at start-up, before any other start-up bean runs: the kernel
 * first, then the modules in their declared order. Each module owns schema ID with migrations
 * under db/migration/ID on its class path.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/platform")
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleDescriptor> modules;

    @PostConstruct
    void migrate() {
        modules.stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::order))
                .forEach(module ->
                        migrateSchema(dataSource, module.id(), getClass().getClassLoader()));
    }

    /** Applies the pending migrations of one module's schema; also used by the database tests. */
    public static int migrateSchema(DataSource dataSource, String moduleId, ClassLoader classLoader) {
        var result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .schemas(moduleId)
                .createSchemas(true)
                .locations("classpath:db/migration/" + moduleId)
                .load()
                .migrate();
        LOG.info(() -> "Schema " + moduleId + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
        return result.migrationsExecuted;
    }
}
