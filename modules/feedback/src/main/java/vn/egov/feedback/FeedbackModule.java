package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The feedback module as the platform sees it: schema, menus, tiles and the settings admins tune. */
@ApplicationScoped
public class FeedbackModule implements ModuleDescriptor {
    /** The module's bundle: its texts, and its settings' labels (setting.<key>). */
    public static final String BUNDLE = "i18n.feedback";

    public static final String DEFAULT_MAP_ATTRIBUTION = "© OpenStreetMap";
    /** Bắc Ninh city. */
    public static final String DEFAULT_MAP_CENTRE = "21.1861,106.0763";

    public static final SettingDefinition REOPEN_DAYS =
            SettingDefinition.integer(BUNDLE, "feedback.reopenDays", 10, 1, 90);
    public static final SettingDefinition KEYWORDS_BETTING = SettingDefinition.list(
            BUNDLE, "feedback.spam.bettingKeywords", "cá cược, nhà cái, tài xỉu, nổ hũ, lô đề, casino, cược bóng đá");
    public static final SettingDefinition KEYWORDS_SEO = SettingDefinition.list(
            BUNDLE,
            "feedback.spam.seoKeywords",
            "backlink, seo, dịch vụ seo, khuyến mãi khủng, vay tiền nhanh, viagra");
    public static final SettingDefinition KEYWORDS_ABUSE =
            SettingDefinition.list(BUNDLE, "feedback.spam.abuseKeywords", "đồ ngu, mẹ mày");
    public static final SettingDefinition FLOOD_WINDOW_MINUTES =
            SettingDefinition.integer(BUNDLE, "feedback.flood.windowMinutes", 60, 1, 1440);
    public static final SettingDefinition FLOOD_HOLD_AFTER =
            SettingDefinition.integer(BUNDLE, "feedback.flood.holdAfter", 3, 1, 10_000);
    public static final SettingDefinition FLOOD_REFUSE_AFTER =
            SettingDefinition.integer(BUNDLE, "feedback.flood.refuseAfter", 10, 1, 10_000);
    public static final SettingDefinition FLOOD_ANONYMOUS_REFUSE_AFTER =
            SettingDefinition.integer(BUNDLE, "feedback.flood.anonymousRefuseAfter", 30, 1, 100_000);
    public static final SettingDefinition FLOOD_PARTNER_REFUSE_AFTER =
            SettingDefinition.integer(BUNDLE, "feedback.flood.partnerRefuseAfter", 500, 1, 1_000_000);
    public static final SettingDefinition PUBLISH_ANSWERS =
            SettingDefinition.flag(BUNDLE, "feedback.publication.enabled", true);
    public static final SettingDefinition SCREENING_AGENCY =
            SettingDefinition.text(BUNDLE, "feedback.screening.agencyCode", "");
    public static final SettingDefinition OPEN311_API_KEYS =
            SettingDefinition.list(BUNDLE, "feedback.open311.apiKeys", "");
    public static final SettingDefinition MAP_TILES = SettingDefinition.text(BUNDLE, "feedback.map.tileUrl", "");
    public static final SettingDefinition MAP_ATTRIBUTION =
            SettingDefinition.text(BUNDLE, "feedback.map.attribution", DEFAULT_MAP_ATTRIBUTION);
    public static final SettingDefinition MAP_CENTRE =
            SettingDefinition.text(BUNDLE, "feedback.map.centre", DEFAULT_MAP_CENTRE);

    @Override
    public String id() {
        return "feedback";
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
        return 10;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of(
                "/feedback/",
                "/office/feedback/",
                "/admin/feedback/",
                "/api/v1/feedback/",
                "/open311/",
                "/api/v1/open311/");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "menu.feedback", "/feedback/index.xhtml", "pi pi-comments"),
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.feedback", "/office/feedback/inbox.xhtml", "pi pi-inbox"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "admin.title", "/admin/feedback/categories.xhtml", "pi pi-tags"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                HomeTile.of(
                        BUNDLE,
                        Audience.CITIZEN,
                        "submit.title",
                        "tile.submit.text",
                        "/feedback/submit.xhtml",
                        "pi pi-send"),
                HomeTile.of(
                        BUNDLE,
                        Audience.CITIZEN,
                        "list.title",
                        "tile.answered.text",
                        "/feedback/index.xhtml",
                        "pi pi-comments"),
                HomeTile.of(
                        BUNDLE,
                        Audience.OFFICE,
                        "inbox.title",
                        "tile.inbox.text",
                        "/office/feedback/inbox.xhtml",
                        "pi pi-inbox"),
                HomeTile.of(
                        BUNDLE,
                        Audience.ADMIN,
                        "admin.title",
                        "tile.categories.text",
                        "/admin/feedback/categories.xhtml",
                        "pi pi-tags"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                REOPEN_DAYS,
                KEYWORDS_BETTING,
                KEYWORDS_SEO,
                KEYWORDS_ABUSE,
                FLOOD_WINDOW_MINUTES,
                FLOOD_HOLD_AFTER,
                FLOOD_REFUSE_AFTER,
                FLOOD_ANONYMOUS_REFUSE_AFTER,
                FLOOD_PARTNER_REFUSE_AFTER,
                PUBLISH_ANSWERS,
                SCREENING_AGENCY,
                OPEN311_API_KEYS,
                MAP_TILES,
                MAP_ATTRIBUTION,
                MAP_CENTRE);
    }
}
