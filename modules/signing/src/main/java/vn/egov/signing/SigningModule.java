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

    public static final String DEFAULT_SEAL_KINDS = "receipt,onestop-form,result-copy";
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
        return Message.text(Message.VIETNAMESE, BUNDLE, "module.name");
    }

    @Override
    public String nameEn() {
        return Message.text(Locale.ENGLISH, BUNDLE, "module.name");
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
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "menu.verify", "/verify/index.xhtml", "pi pi-verified"),
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "sign.title", "/me/signing/sign.xhtml", "pi pi-pencil"),
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.sign", "/office/signing/sign.xhtml", "pi pi-pencil"),
                MenuEntry.of(
                        BUNDLE,
                        Audience.OFFICE,
                        "menu.authenticator",
                        "/office/signing/authenticator.xhtml",
                        "pi pi-shield"),
                MenuEntry.of(
                        BUNDLE, Audience.ADMIN, "admin.title", "/admin/signing/credentials.xhtml", "pi pi-id-card"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(HomeTile.of(
                BUNDLE, Audience.CITIZEN, "verify.title", "tile.verify.text", "/verify/index.xhtml", "pi pi-verified"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(ORGANISATION, VERIFY_MAX_BYTES, SEAL_KINDS, CERTIFICATE_POLICY, TSA_POLICY, ARCHIVE_KINDS);
    }
}
