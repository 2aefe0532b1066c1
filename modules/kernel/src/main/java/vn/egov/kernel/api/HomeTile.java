package vn.egov.kernel.api;

/** A tile a module shows on a home page, for one audience. */
public record HomeTile(
        MenuEntry.Audience audience,
        String titleVi,
        String titleEn,
        String textVi,
        String textEn,
        String path,
        String icon) {

    /** A tile with the texts of {@code titleKey} and {@code textKey} in the module's bundle, in both languages. */
    public static HomeTile of(
            String bundle, MenuEntry.Audience audience, String titleKey, String textKey, String path, String icon) {
        return new HomeTile(
                audience,
                Message.text(Message.VIETNAMESE, bundle, titleKey),
                Message.text(java.util.Locale.ENGLISH, bundle, titleKey),
                Message.text(Message.VIETNAMESE, bundle, textKey),
                Message.text(java.util.Locale.ENGLISH, bundle, textKey),
                path,
                icon);
    }
}
