package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The procedures module as the platform sees it: schema, menus, tiles, the clock's and the portal's settings. */
@ApplicationScoped
public class ProceduresModule implements ModuleDescriptor {
    /** The module's bundle: its texts, and its settings' labels (setting.<key>). */
    public static final String BUNDLE = "i18n.procedures";

    public static final SettingDefinition OFFICE_OPENS =
            SettingDefinition.text(BUNDLE, "procedures.clock.opens", "07:30");
    public static final SettingDefinition OFFICE_CLOSES =
            SettingDefinition.text(BUNDLE, "procedures.clock.closes", "17:00");
    public static final SettingDefinition LATE_FROM =
            SettingDefinition.text(BUNDLE, "procedures.clock.lateReceiptFrom", "15:00");
    public static final SettingDefinition DUE_SOON_DAYS =
            SettingDefinition.integer(BUNDLE, "procedures.inbox.dueSoonDays", 2, 1, 10);
    public static final SettingDefinition PORTAL_URL = SettingDefinition.text(BUNDLE, "procedures.portal.url", "");
    public static final SettingDefinition PORTAL_TOKEN = SettingDefinition.secret(BUNDLE, "procedures.portal.token");

    @Override
    public String id() {
        return "procedures";
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
        return 40;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "menu.catalogue", "/procedures/index.xhtml", "pi pi-list"),
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "menu.lookup", "/procedures/lookup.xhtml", "pi pi-search"),
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.inbox", "/office/procedures/inbox.xhtml", "pi pi-inbox"),
                MenuEntry.of(
                        BUNDLE, Audience.OFFICE, "menu.walkIn", "/office/procedures/walkin.xhtml", "pi pi-user-plus"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                HomeTile.of(
                        BUNDLE,
                        Audience.CITIZEN,
                        "catalogue.title",
                        "tile.catalogue.text",
                        "/procedures/index.xhtml",
                        "pi pi-list"),
                HomeTile.of(
                        BUNDLE,
                        Audience.OFFICE,
                        "inbox.title",
                        "tile.inbox.text",
                        "/office/procedures/inbox.xhtml",
                        "pi pi-inbox"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(OFFICE_OPENS, OFFICE_CLOSES, LATE_FROM, DUE_SOON_DAYS, PORTAL_URL, PORTAL_TOKEN);
    }
}
