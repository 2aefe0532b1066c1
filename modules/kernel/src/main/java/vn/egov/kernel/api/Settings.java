package vn.egov.kernel.api;

/**
 * The settings store that admins edit. A module declares its settings with defaults in its
 * {@link ModuleDescriptor}; a value saved by an admin wins over the default.
 */
public interface Settings {

    String get(String key, String defaultValue);

    default int getInt(String key, int defaultValue) {
        String value = get(key, null);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    /** Saves a value and audits the change. */
    void put(String key, String value);
}
