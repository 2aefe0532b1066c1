package vn.egov.kernel.api;

import java.util.List;

/**
 * Every MicroProfile Config key of the platform (system property {@code platform.db.url}, or the
 * environment variable {@code PLATFORM_DB_URL}) with its default, in one place: the WAR's
 * {@code @ConfigProperty} and {@code @DataSourceDefinition} and the launcher both read these
 * constants, so they cannot disagree. Runtime settings that admins change are not here: they are
 * {@link SettingDefinition}s of each module.
 */
public final class ConfigKeys {
    public static final String DB_URL = "platform.db.url";
    /** The external PostgreSQL a bare WAR uses when none is configured (the launcher always gives one). */
    public static final String DB_URL_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/platform";

    public static final String DB_USER = "platform.db.user";
    public static final String DB_USER_DEFAULT = "platform";
    public static final String DB_PASSWORD = "platform.db.password";
    public static final String DB_PASSWORD_DEFAULT = "platform";

    public static final String HTTP_PORT = "platform.http.port";
    public static final String HTTP_PORT_DEFAULT = "8080";
    public static final String PUBLIC_URL = "platform.publicUrl";
    public static final String PUBLIC_URL_DEFAULT = "http://127.0.0.1:" + HTTP_PORT_DEFAULT + "/";
    public static final String TRUSTED_PROXIES = "platform.trustedProxies";

    public static final String MAIL_HOST = "platform.mail.host";
    public static final String MAIL_PORT = "platform.mail.port";
    public static final String MAIL_PORT_DEFAULT = "587";
    public static final String MAIL_USER = "platform.mail.user";
    public static final String MAIL_PASSWORD = "platform.mail.password";
    public static final String MAIL_FROM = "platform.mail.from";
    public static final String MAIL_FROM_DEFAULT = "no-reply@dichvucong.local";

    /** Where the demo reference data is; set by the launcher only with the embedded database (or platform.demo=true). */
    public static final String DEMO_DIR = "platform.demo.dir";

    public static final String SIGNING_MASTER_KEY = "platform.signing.masterKey";
    public static final String SIGNING_PKCS11_LIBRARY = "platform.signing.pkcs11.library";
    public static final String SIGNING_PKCS11_SLOT = "platform.signing.pkcs11.slot";
    public static final String SIGNING_PKCS11_SLOT_DEFAULT = "0";
    public static final String SIGNING_PKCS11_PIN = "platform.signing.pkcs11.pin";

    public static final String FEEDBACK_INTAKE_WRITERS = "platform.feedback.intakeWriters";
    public static final String FEEDBACK_INTAKE_WRITERS_DEFAULT = "4";

    /**
     * The sandbox payment gateway the launcher starts beside the embedded database: its address,
     * terminal code and hash secret. When given, the payments module points its gateway settings
     * at it at every start; a production configuration never gives them.
     */
    public static final String PAYMENTS_SANDBOX_URL = "platform.payments.sandbox.url";

    public static final String PAYMENTS_SANDBOX_TMN = "platform.payments.sandbox.tmnCode";
    public static final String PAYMENTS_SANDBOX_SECRET = "platform.payments.sandbox.secret";

    /** The launcher's own keys: where it keeps its data and finds its configuration. */
    public static final String LAUNCHER_HOME = "platform.home";

    public static final String LAUNCHER_CONFIG_DIR = "platform.config.dir";
    public static final String LAUNCHER_CONFIG_DIR_DEFAULT = "config";
    public static final String LAUNCHER_DB_PORT = "platform.db.port";
    public static final String LAUNCHER_DB_PORT_DEFAULT = "55432";
    public static final String LAUNCHER_RUNTIME_DIR = "platform.runtime.dir";
    public static final String LAUNCHER_RUNTIME_DIR_DEFAULT = "modules/launcher/target/runtime";
    public static final String LAUNCHER_DEMO = "platform.demo";
    /** Port on 127.0.0.1 of the sandbox payment gateway the launcher starts with the embedded database. */
    public static final String LAUNCHER_SANDBOX_PORT = "platform.payments.sandbox.port";

    public static final String LAUNCHER_SANDBOX_PORT_DEFAULT = "8091";

    /** The server's keys the launcher passes on when it is given them as system properties. */
    public static final List<String> FORWARDED = List.of(
            TRUSTED_PROXIES,
            MAIL_HOST,
            MAIL_PORT,
            MAIL_USER,
            MAIL_PASSWORD,
            MAIL_FROM,
            SIGNING_MASTER_KEY,
            SIGNING_PKCS11_LIBRARY,
            SIGNING_PKCS11_SLOT,
            SIGNING_PKCS11_PIN,
            PUBLIC_URL,
            FEEDBACK_INTAKE_WRITERS);

    /**
     * Not a key: the start of the log line that carries the first-run link (kernel's
     * FirstAdministrator), which the launcher prints again for the operator.
     */
    public static final String FIRST_RUN_LOG_MARKER = "FIRST RUN: no administrator yet. Open ";

    private ConfigKeys() {}
}
