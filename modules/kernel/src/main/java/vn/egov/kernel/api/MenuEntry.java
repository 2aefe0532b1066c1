package vn.egov.kernel.api;

/** A link a module adds to the page shell's navigation for one audience. */
public record MenuEntry(Audience audience, String labelVi, String labelEn, String path, String icon) {

    /** Who sees an entry: the public (citizens), staff in /office, or admins in /admin. */
    public enum Audience {
        CITIZEN,
        OFFICE,
        ADMIN
    }
}
