package vn.egov.signing.ca;

import java.util.Objects;

/**
 * The holder named in a certificate. Vietnamese certificates carry the personal identification
 * number (CCCD) or the agency code in the UID attribute, as {@code CCCD:...} or {@code MST:...}.
 *
 * @param kind         officer, leader, agency seal or citizen
 * @param commonName   the holder's full name with diacritics, or the agency's name for a seal
 * @param identifier   the UID value, e.g. {@code CCCD:001203004567}; may be null
 * @param organisation the agency a person works for, or null for a citizen
 * @param title        the holder's title (X.520 title), e.g. a leader's position; may be null
 */
public record Holder(HolderKind kind, String commonName, String identifier, String organisation, String title) {
    public Holder(HolderKind kind, String commonName, String identifier, String organisation) {
        this(kind, commonName, identifier, organisation, null);
    }

    public Holder {
        Objects.requireNonNull(kind, "kind");
        if (commonName == null || commonName.isBlank()) {
            throw new IllegalArgumentException("A certificate needs the holder's name");
        }
    }
}
