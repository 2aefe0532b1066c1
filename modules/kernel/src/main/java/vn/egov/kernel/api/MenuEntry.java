package vn.egov.kernel.api;

/** A link a module adds to the page shell's navigation for one audience. */
public record MenuEntry(Audience audience, String labelVi, String labelEn, String path, String icon) {

    /** An entry labelled with the texts of {@code key} in the module's bundle, in both languages. */
    public static MenuEntry of(String bundle, Audience audience, String key, String path, String icon) {
        return new MenuEntry(
                audience,
                Message.text(Message.VIETNAMESE, bundle, key),
                Message.text(java.util.Locale.ENGLISH, bundle, key),
                path,
                icon);
    }

    /** Who sees an entry: the public (citizens), staff in /office, or admins in /admin. */
    public enum Audience {
        CITIZEN,
        OFFICE,
        ADMIN
    }
}
