package vn.egov.kernel.api;

import java.util.List;

/**
 * The settings store that admins edit. A module declares its settings in its
 * {@link ModuleDescriptor} as {@link SettingDefinition}s and reads them through the typed methods:
 * a value saved by an admin wins over the default; a stored value that does not fit its type reads
 * as the default.
 */
public interface Settings {

    /** The stored value of a key, or the value given when none is stored (for keys that are no admin setting). */
    String get(String key, String defaultValue);

    default String text(SettingDefinition setting) {
        return setting.valid(get(setting.key(), null));
    }

    default int integer(SettingDefinition setting) {
        return Integer.parseInt(setting.valid(get(setting.key(), null)));
    }

    default boolean flag(SettingDefinition setting) {
        return Boolean.parseBoolean(setting.valid(get(setting.key(), null)));
    }

    default List<String> list(SettingDefinition setting) {
        return SettingDefinition.split(setting.valid(get(setting.key(), null)));
    }

    /** Saves a value and audits the change. */
    void put(String key, String value);

    /**
     * Saves a secret; the platform's store audits that it changed, never what it is (a store that
     * audits nothing, as tests' stores, may simply {@link #put} it).
     */
    default void putSecret(String key, String value) {
        put(key, value);
    }
}
