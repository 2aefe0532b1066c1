package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The indices module as the platform sees it: schema, menus, tiles and its settings. */
@ApplicationScoped
public class IndicesModule implements ModuleDescriptor {
    /** The module's bundle: its texts, and its settings' labels (setting.<key>). */
    public static final String BUNDLE = "i18n.indices";

    /** How old a snapshot of a period not yet ended may be before it is computed again when read. */
    public static final SettingDefinition SNAPSHOT_MINUTES =
            SettingDefinition.integer(BUNDLE, "indices.snapshot.maxAgeMinutes", 60, 1, 1440);

    /** The framework the dashboards and the public page show. */
    public static final SettingDefinition MAIN_FRAMEWORK =
            SettingDefinition.text(BUNDLE, "indices.dashboard.framework", "766");

    /** The self-assessment framework the dashboard shows by pillar. */
    public static final SettingDefinition DTI_FRAMEWORK =
            SettingDefinition.text(BUNDLE, "indices.dashboard.dti", "dti-922");

    @Override
    public String id() {
        return "indices";
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
        return 50;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "menu.public", "/indices/index.xhtml", "pi pi-chart-line"),
                MenuEntry.of(
                        BUNDLE,
                        Audience.OFFICE,
                        "menu.dashboard",
                        "/office/indices/dashboard.xhtml",
                        "pi pi-chart-bar"),
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.entries", "/office/indices/entries.xhtml", "pi pi-pencil"),
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.plan", "/office/indices/plan.xhtml", "pi pi-flag"),
                MenuEntry.of(
                        BUNDLE,
                        Audience.ADMIN,
                        "menu.frameworks",
                        "/admin/indices/frameworks.xhtml",
                        "pi pi-sliders-h"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                HomeTile.of(
                        BUNDLE,
                        Audience.CITIZEN,
                        "public.title",
                        "tile.public.text",
                        "/indices/index.xhtml",
                        "pi pi-chart-line"),
                HomeTile.of(
                        BUNDLE,
                        Audience.OFFICE,
                        "dashboard.title",
                        "tile.dashboard.text",
                        "/office/indices/dashboard.xhtml",
                        "pi pi-chart-bar"),
                HomeTile.of(
                        BUNDLE,
                        Audience.ADMIN,
                        "frameworks.title",
                        "tile.frameworks.text",
                        "/admin/indices/frameworks.xhtml",
                        "pi pi-sliders-h"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(MAIN_FRAMEWORK, DTI_FRAMEWORK, SNAPSHOT_MINUTES);
    }
}
