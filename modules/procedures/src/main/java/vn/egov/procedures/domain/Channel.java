package vn.egov.procedures.domain;

/** How a dossier was submitted, with the national portal's KenhThucHien code. */
public enum Channel {
    IN_PERSON(1),
    ONLINE(2),
    POST(3);

    private final int portalCode;

    Channel(int portalCode) {
        this.portalCode = portalCode;
    }

    public int portalCode() {
        return portalCode;
    }

    public static Channel ofPortalCode(int code) {
        for (Channel c : values()) {
            if (c.portalCode == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("No channel " + code);
    }
}
