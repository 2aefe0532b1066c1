package vn.egov.kernel.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.audit.AuditEntry;
import vn.egov.kernel.testing.TestDatabase;

class KernelSchemaTest {

    @Test
    void migrationsAreIdempotent() {
        TestDatabase.migrated("kernel");
        assertEquals(
                0,
                SchemaMigrator.migrateSchema(
                        TestDatabase.migrated("kernel"), "kernel", getClass().getClassLoader()));
    }

    @Test
    void auditEntriesArePersistedAndCannotBeChanged() throws SQLException {
        Long id = TestDatabase.inTransaction("kernel", em -> {
            AuditEntry entry = new AuditEntry(
                    java.time.OffsetDateTime.now(), "tester", "TEST", "thing", "1", "detail", "127.0.0.1");
            em.persist(entry);
            em.flush();
            return entry.getId();
        });
        AuditEntry read = TestDatabase.inTransaction("kernel", em -> em.find(AuditEntry.class, id));
        assertNotNull(read.getAt());
        assertEquals("tester", read.getActor());
        try (Connection c = TestDatabase.migrated("kernel").getConnection();
                Statement s = c.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate("update kernel.audit_entry set actor = 'x' where id = " + id));
            assertTrue(update.getMessage().contains("append-only"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from kernel.audit_entry where id = " + id));
            assertThrows(SQLException.class, () -> s.executeUpdate("truncate kernel.audit_entry"));
        }
    }
}
