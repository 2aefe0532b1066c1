package vn.egov.feedback;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.egov.kernel.api.helpers.Sha256;

/**
 * An Open311 client allowed to send reports: its api_key, and how many reports it may send in the
 * flood window. Admins list keys as {@code key} or {@code key:limit}, comma-separated; a key
 * without a limit has the default. Reports keep only the key's label (a hash prefix).
 */
public record Partner(String key, int limit) {

    /** The name reports and audit entries know the partner by: not the key, which is a secret. */
    public String label() {
        return "open311:"
                + Sha256.hex(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .substring(0, 16);
    }

    /** The partner holding this key, if the setting lists it. */
    public static Optional<Partner> withKey(String setting, String key, int defaultLimit) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return all(setting, defaultLimit).stream()
                .filter(p -> p.key().equals(key.strip()))
                .findFirst();
    }

    static List<Partner> all(String setting, int defaultLimit) {
        return Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::strip)
                .filter(e -> !e.isEmpty())
                .map(entry -> {
                    int colon = entry.lastIndexOf(':');
                    if (colon > 0) {
                        try {
                            return new Partner(
                                    entry.substring(0, colon).strip(),
                                    Math.max(
                                            0,
                                            Integer.parseInt(
                                                    entry.substring(colon + 1).strip())));
                        } catch (NumberFormatException notALimit) {
                            // a key that itself holds a colon
                        }
                    }
                    return new Partner(entry, defaultLimit);
                })
                .toList();
    }

    @Override
    public String toString() {
        return "Partner[" + label() + ", limit " + limit + "]";
    }
}
