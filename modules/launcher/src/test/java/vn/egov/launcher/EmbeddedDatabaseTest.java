package vn.egov.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {
    @TempDir
    Path home;

    @Test
    void aKilledDatabaseIsStartedAgainWithItsData() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home.resolve("pgdata"), 55439)) {
            try (Connection c = connect(db)) {
                c.createStatement().execute("create table kept(id int); insert into kept values (42)");
            }
            ProcessHandle first = db.server().orElseThrow();
            first.destroyForcibly();
            long began = System.nanoTime();
            while (db.restarts() == 0) {
                assertTrue(Duration.ofNanos(System.nanoTime() - began).toSeconds() < 60, "restarted within a minute");
                Thread.sleep(200);
            }
            assertTrue(db.server().orElseThrow().pid() != first.pid(), "a new server process");
            try (Connection c = connect(db);
                    ResultSet rs = c.createStatement().executeQuery("select id from kept")) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1), "what was committed before the kill is there");
            }
            MemoryReport memory = MemoryReport.of(ProcessHandle.current(), ProcessHandle.current(), db.server());
            assertTrue(memory.mebibytes().get("PostgreSQL") > 0, memory.toString());
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
    }
}
