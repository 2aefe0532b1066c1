package vn.egov.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.db.SchemaMigrator;
import vn.egov.kernel.testing.TestDatabase;
import vn.egov.signing.domain.AuthorityRecord;

/** The signing schema's migrations and what its constraints refuse, on a real PostgreSQL. */
class SigningDatabaseTest {

    @Test
    void migrationsApplyOnceAndTheMappingMatchesTheSchema() {
        TestDatabase.migrated("signing");
        assertEquals(
                0,
                SchemaMigrator.migrateSchema(
                        TestDatabase.migrated("signing"), "signing", getClass().getClassLoader()));
        AuthorityRecord none =
                TestDatabase.inTransaction("signing", em -> em.find(AuthorityRecord.class, AuthorityRecord.ID));
        assertNull(none, "the persistence unit reads the authority table, empty before the CA is established");
    }

    @Test
    void theCaHasOneRowOnly() throws SQLException {
        assertEquals(
                "23514",
                refusal("insert into signing.authority (id, organisation, backend, root_der, root_key,"
                        + " issuing_der, issuing_key, tsa_der, tsa_key) values (2, 'Tỉnh', 'software', '\\x00', 'k', '\\x00', 'k',"
                        + " '\\x00', 'k')"),
                "a second CA row is refused by its check");
    }

    @Test
    void credentialsAreUniqueBySerialAndAnAgencyHasOneActiveSeal() throws SQLException {
        execute(
                "insert into signing.credential (holder_kind, agency_id, subject, serial, certificate, key_ref, backend,"
                        + " issued_by) values ('SEAL', 901, 'CN=Sở Tư pháp', 1001, '\\x00', 'k', 'software', 'quantri')");
        assertEquals(
                "23505",
                refusal(
                        "insert into signing.credential (holder_kind, agency_id, subject, serial, certificate,"
                                + " key_ref, backend, issued_by) values ('SEAL', 901, 'CN=Sở Tư pháp', 1002, '\\x00', 'k', 'software', 'quantri')"),
                "a second active seal of the agency");
        assertEquals(
                "23505",
                refusal(
                        "insert into signing.credential (holder_kind, username, subject, serial, certificate,"
                                + " key_ref, backend, issued_by) values ('OFFICER', 'canbo', 'CN=Cán bộ', 1001, '\\x00', 'k', 'software', 'quantri')"),
                "a serial number issued twice");
        assertEquals(
                "23514",
                refusal("insert into signing.credential (holder_kind, username, agency_id, subject, serial,"
                        + " certificate, key_ref, backend, issued_by) values ('SEAL', 'canbo', 902, 'CN=Lai', 1003, '\\x00', 'k',"
                        + " 'software', 'quantri')"),
                "a seal belongs to an agency, not to a person");
        assertEquals(
                "23514",
                refusal(
                        "insert into signing.credential (holder_kind, username, subject, serial, certificate,"
                                + " key_ref, backend, issued_by) values ('ROBOT', 'canbo', 'CN=Máy', 1004, '\\x00', 'k', 'software', 'quantri')"),
                "an unknown holder kind");
        assertEquals(
                "23503",
                refusal("insert into signing.signature_activation (sad_sha256, credential_id, username, hashes,"
                        + " expires_at) values (repeat('a', 64), 987654, 'canbo', 'h', now())"),
                "activation of a credential that is not there");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = TestDatabase.migrated("signing").getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String refusal(String sql) {
        return assertThrows(SQLException.class, () -> execute(sql)).getSQLState();
    }
}
