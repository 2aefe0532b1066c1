package vn.egov.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import vn.egov.kernel.api.ConfigKeys;

/**
 * The platform's one datasource. The launcher (or the operator) gives the database through
 * MicroProfile Config: system properties or environment variables PLATFORM_DB_URL,
 * PLATFORM_DB_USER, PLATFORM_DB_PASSWORD.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/platform",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=" + ConfigKeys.DB_URL + ":" + ConfigKeys.DB_URL_DEFAULT + "}",
        user = "${MPCONFIG=" + ConfigKeys.DB_USER + ":" + ConfigKeys.DB_USER_DEFAULT + "}",
        password = "${MPCONFIG=" + ConfigKeys.DB_PASSWORD + ":" + ConfigKeys.DB_PASSWORD_DEFAULT + "}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            // a database that does not answer is given up after 2 s, not the driver's 10 s: requests are
            // then answered 503 (kernel's DatabaseOutage) and the readiness check says DOWN
            "connectTimeout=2",
            "tcpKeepAlive=true",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class PlatformDataSource {}
