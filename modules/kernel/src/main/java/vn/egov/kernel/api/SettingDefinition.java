package vn.egov.kernel.api;

import java.util.Arrays;
import java.util.List;

/**
 * A setting a module offers to admins, declared once, in the module's descriptor: its key, type and
 * default. Its label and help are in the module's bundle as {@code setting.<key>} and
 * {@code setting.<key>.help}. Code reads it through {@link Settings#integer}, {@link Settings#text},
 * {@link Settings#flag} or {@link Settings#list}, never with a default of its own.
 *
 * @param bundle the module's bundle ({@code i18n.feedback}...)
 * @param min    for an integer, the smallest value admins may save
 * @param max    for an integer, the largest
 */
public record SettingDefinition(String key, Type type, String defaultValue, String bundle, long min, long max) {

    public enum Type {
        /** Free text; may be empty when its default is. */
        TEXT,
        /** A whole number between min and max. */
        INTEGER,
        /** true or false. */
        BOOLEAN,
        /** Comma-separated values. */
        LIST,
        /**
         * A secret (a gateway's hash key...): written by admins, never shown back or audited by
         * value; empty until set.
         */
        SECRET
    }

    public static SettingDefinition text(String bundle, String key, String defaultValue) {
        return new SettingDefinition(key, Type.TEXT, defaultValue, bundle, 0, 0);
    }

    public static SettingDefinition integer(String bundle, String key, long defaultValue, long min, long max) {
        return new SettingDefinition(key, Type.INTEGER, String.valueOf(defaultValue), bundle, min, max);
    }

    public static SettingDefinition flag(String bundle, String key, boolean defaultValue) {
        return new SettingDefinition(key, Type.BOOLEAN, String.valueOf(defaultValue), bundle, 0, 0);
    }

    /** A write-only secret, empty until an admin sets it. */
    public static SettingDefinition secret(String bundle, String key) {
        return new SettingDefinition(key, Type.SECRET, "", bundle, 0, 0);
    }

    public static SettingDefinition list(String bundle, String key, String defaultValue) {
        return new SettingDefinition(key, Type.LIST, defaultValue, bundle, 0, 0);
    }

    /** Its label in the module's bundle. */
    public Message label() {
        return Message.of(bundle, "setting." + key);
    }

    /** Its help text in the module's bundle. */
    public Message help() {
        return Message.of(bundle, "setting." + key + ".help");
    }

    /** Why a value cannot be saved for this setting, or null when it can. */
    public Message problem(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return defaultValue.isEmpty() && (type == Type.TEXT || type == Type.LIST || type == Type.SECRET)
                    ? null
                    : Message.of("i18n.kernel", "setting.required");
        }
        return switch (type) {
            case INTEGER -> {
                try {
                    long n = Long.parseLong(v);
                    yield n < min || n > max ? Message.of("i18n.kernel", "setting.range", min, max) : null;
                } catch (NumberFormatException e) {
                    yield Message.of("i18n.kernel", "setting.integer");
                }
            }
            case BOOLEAN -> v.equals("true") || v.equals("false") ? null : Message.of("i18n.kernel", "setting.boolean");
            default -> null;
        };
    }

    /** A stored value read as this setting's type, the default when it is missing or does not fit. */
    String valid(String stored) {
        return stored == null || problem(stored) != null ? defaultValue : stored.strip();
    }

    static List<String> split(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
