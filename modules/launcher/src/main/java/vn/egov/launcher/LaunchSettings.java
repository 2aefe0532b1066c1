package vn.egov.launcher;

import java.nio.file.Path;
import java.util.Optional;
import vn.egov.kernel.api.ConfigKeys;

/**
 * Where and how to run the platform, read from system properties, then environment variables,
 * then defaults. A database URL switches from the embedded PostgreSQL to that server.
 *
 * @param home        folder for the embedded database, logs and Payara's work files
 * @param httpPort    port on 127.0.0.1 that serves the platform
 * @param dbPort      port on 127.0.0.1 of the embedded PostgreSQL
 * @param externalDb  JDBC URL, user and password of an external PostgreSQL, when configured
 * @param runtimeDir  folder with payara-micro.jar and platform.war
 * @param configDir   the repository's config/ folder
 * @param loadDemo    whether to load the demo reference data (on by default with the embedded database)
 * @param sandboxPort port on 127.0.0.1 of the sandbox payment gateway started with the embedded database
 */
public record LaunchSettings(
        Path home,
        int httpPort,
        int dbPort,
        Optional<ExternalDb> externalDb,
        Path runtimeDir,
        Path configDir,
        boolean loadDemo,
        int sandboxPort) {

    public record ExternalDb(String url, String user, String password) {}

    public static LaunchSettings fromEnvironment() {
        Path config = Path.of(value(ConfigKeys.LAUNCHER_CONFIG_DIR, ConfigKeys.LAUNCHER_CONFIG_DIR_DEFAULT))
                .toAbsolutePath()
                .normalize();
        Path home = Path.of(value(
                ConfigKeys.LAUNCHER_HOME, config.getParent().resolve(".data").toString()));
        Optional<ExternalDb> external = Optional.ofNullable(value(ConfigKeys.DB_URL, null))
                .filter(url -> !url.isBlank())
                .map(url -> new ExternalDb(
                        url,
                        value(ConfigKeys.DB_USER, ConfigKeys.DB_USER_DEFAULT),
                        value(ConfigKeys.DB_PASSWORD, ConfigKeys.DB_PASSWORD_DEFAULT)));
        boolean demo = Boolean.parseBoolean(value(ConfigKeys.LAUNCHER_DEMO, String.valueOf(external.isEmpty())));
        return new LaunchSettings(
                home.toAbsolutePath().normalize(),
                Integer.parseInt(value(ConfigKeys.HTTP_PORT, ConfigKeys.HTTP_PORT_DEFAULT)),
                Integer.parseInt(value(ConfigKeys.LAUNCHER_DB_PORT, ConfigKeys.LAUNCHER_DB_PORT_DEFAULT)),
                external,
                Path.of(value(ConfigKeys.LAUNCHER_RUNTIME_DIR, ConfigKeys.LAUNCHER_RUNTIME_DIR_DEFAULT))
                        .toAbsolutePath()
                        .normalize(),
                config,
                demo,
                Integer.parseInt(value(ConfigKeys.LAUNCHER_SANDBOX_PORT, ConfigKeys.LAUNCHER_SANDBOX_PORT_DEFAULT)));
    }

    /** A system property such as platform.db.url, else the environment variable PLATFORM_DB_URL. */
    static String value(String key, String defaultValue) {
        String property = System.getProperty(key);
        if (property != null) {
            return property;
        }
        String env = System.getenv(key.toUpperCase().replace('.', '_'));
        return env != null ? env : defaultValue;
    }
}
