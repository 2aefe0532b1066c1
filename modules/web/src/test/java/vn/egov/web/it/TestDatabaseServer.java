package vn.egov.web.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the embedded PostgreSQL the Arquillian deployment uses, before Arquillian boots
 * Payara Micro. Inside the server (where the database is already configured) it does nothing.
 */
public class TestDatabaseServer implements BeforeAllCallback {
    static final int PORT = 55436;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (System.getProperty("platform.db.url") == null) {
            PostgresOnFixedPort.start(PORT);
        }
    }
}
