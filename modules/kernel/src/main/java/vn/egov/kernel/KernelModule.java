package vn.egov.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The kernel as a module: first to migrate, never switched off, owner of the admin console's core screens. */
@ApplicationScoped
public class KernelModule implements ModuleDescriptor {
    /** The module's bundle: its texts, and its settings' labels (setting.<key>). */
    public static final String BUNDLE = "i18n.kernel";

    public static final String DEFAULT_ATTACHMENT_TYPES = "application/pdf,image/jpeg,image/png,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static final SettingDefinition API_TOKEN_MINUTES =
            SettingDefinition.integer(BUNDLE, "kernel.api.tokenMinutes", 60, 1, 1440);
    public static final SettingDefinition ATTACHMENT_MAX_BYTES =
            SettingDefinition.integer(BUNDLE, "kernel.attachments.maxBytes", 10 * 1024 * 1024, 1, 100 * 1024 * 1024);
    public static final SettingDefinition ATTACHMENT_TYPES =
            SettingDefinition.list(BUNDLE, "kernel.attachments.allowedTypes", DEFAULT_ATTACHMENT_TYPES);

    @Override
    public String id() {
        return "kernel";
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
        return 0;
    }

    @Override
    public boolean switchable() {
        return false;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.identity", "/office/identity.xhtml", "pi pi-id-card"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "org.title", "/admin/organisation.xhtml", "pi pi-sitemap"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "accounts.title", "/admin/accounts.xhtml", "pi pi-users"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "modules.title", "/admin/modules.xhtml", "pi pi-th-large"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "settings.title", "/admin/settings.xhtml", "pi pi-cog"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                HomeTile.of(
                        BUNDLE,
                        Audience.ADMIN,
                        "org.title",
                        "tile.organisation.text",
                        "/admin/organisation.xhtml",
                        "pi pi-sitemap"),
                HomeTile.of(
                        BUNDLE,
                        Audience.ADMIN,
                        "tile.accounts",
                        "tile.accounts.text",
                        "/admin/accounts.xhtml",
                        "pi pi-users"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(API_TOKEN_MINUTES, ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES);
    }
}
