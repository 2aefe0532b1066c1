package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The signing module as the platform sees it: schema, the public verification page, its settings. */
@ApplicationScoped
public class SigningModule implements ModuleDescriptor {
    /** The module's bundle: its texts, and its settings' labels (setting.<key>). */
    public static final String BUNDLE = "i18n.signing";

    public static final String DEFAULT_SEAL_KINDS = "receipt";
    public static final String DEFAULT_ORGANISATION = "UBND tỉnh Bắc Ninh";
    public static final int DEFAULT_VERIFY_MAX_BYTES = 20 * 1024 * 1024;
    public static final String DEFAULT_ARCHIVE_KINDS = "result";

    public static final SettingDefinition ORGANISATION =
            SettingDefinition.text(BUNDLE, "signing.ca.organisation", DEFAULT_ORGANISATION);
    public static final SettingDefinition VERIFY_MAX_BYTES = SettingDefinition.integer(
            BUNDLE, "signing.verify.maxBytes", DEFAULT_VERIFY_MAX_BYTES, 1024 * 1024, 200 * 1024 * 1024);
    public static final SettingDefinition SEAL_KINDS =
            SettingDefinition.list(BUNDLE, "signing.seal.documentKinds", DEFAULT_SEAL_KINDS);
    public static final SettingDefinition CERTIFICATE_POLICY = SettingDefinition.text(
            BUNDLE, "signing.ca.certificatePolicy", vn.egov.signing.ca.CertificateAuthority.Profile.DEFAULT_POLICY);
    public static final SettingDefinition TSA_POLICY =
            SettingDefinition.text(BUNDLE, "signing.tsa.policy", vn.egov.signing.ca.TimeStampAuthority.DEFAULT_POLICY);
    public static final SettingDefinition ARCHIVE_KINDS =
            SettingDefinition.list(BUNDLE, "signing.archive.documentKinds", DEFAULT_ARCHIVE_KINDS);

    @Override
    public String id() {
        return "signing";
    }

    @Override
    public String nameVi() {
        return vi("module.name");
    }

    @Override
    public String nameEn() {
        return en("module.name");
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of(
                "/verify/", "/signing/", "/me/signing/", "/office/signing/", "/admin/signing/", "/api/v1/signing/");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                menu(Audience.CITIZEN, "menu.verify", "/verify/index.xhtml", "pi pi-verified"),
                menu(Audience.CITIZEN, "sign.title", "/me/signing/sign.xhtml", "pi pi-pencil"),
                menu(Audience.OFFICE, "menu.sign", "/office/signing/sign.xhtml", "pi pi-pencil"),
                menu(Audience.OFFICE, "menu.authenticator", "/office/signing/authenticator.xhtml", "pi pi-shield"),
                menu(Audience.ADMIN, "admin.title", "/admin/signing/credentials.xhtml", "pi pi-id-card"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                tile(Audience.CITIZEN, "verify.title", "tile.verify.text", "/verify/index.xhtml", "pi pi-verified"));
    }

    /** A menu entry labelled with the texts of {@code key} in both languages. */
    private static MenuEntry menu(Audience audience, String key, String path, String icon) {
        return new MenuEntry(audience, vi(key), en(key), path, icon);
    }

    /** A home tile with the texts of {@code titleKey} and {@code textKey} in both languages. */
    private static HomeTile tile(Audience audience, String titleKey, String textKey, String path, String icon) {
        return new HomeTile(audience, vi(titleKey), en(titleKey), vi(textKey), en(textKey), path, icon);
    }

    private static String vi(String key) {
        return Message.text(Message.VIETNAMESE, BUNDLE, key);
    }

    private static String en(String key) {
        return Message.text(Locale.ENGLISH, BUNDLE, key);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ORGANISATION, VERIFY_MAX_BYTES, SEAL_KINDS, CERTIFICATE_POLICY, TSA_POLICY, ARCHIVE_KINDS);
    }
}
