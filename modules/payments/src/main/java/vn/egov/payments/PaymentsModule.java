package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.SettingDefinition;

/** The payments module as the platform sees it: schema, menus, tiles and the gateway's settings. */
@ApplicationScoped
public class PaymentsModule implements ModuleDescriptor {
    /** The module's bundle: its texts, and its settings' labels (setting.<key>). */
    public static final String BUNDLE = "i18n.payments";

    public static final SettingDefinition GATEWAY_PAYMENT_URL =
            SettingDefinition.text(BUNDLE, "payments.vnpay.paymentUrl", "");
    public static final SettingDefinition GATEWAY_API_URL = SettingDefinition.text(BUNDLE, "payments.vnpay.apiUrl", "");
    public static final SettingDefinition SETTLEMENT_URL =
            SettingDefinition.text(BUNDLE, "payments.vnpay.settlementUrl", "");
    public static final SettingDefinition TERMINAL_CODE = SettingDefinition.text(BUNDLE, "payments.vnpay.tmnCode", "");
    public static final SettingDefinition HASH_SECRET = SettingDefinition.secret(BUNDLE, "payments.vnpay.hashSecret");
    public static final SettingDefinition SEAL_AT_ONCE =
            SettingDefinition.flag(BUNDLE, "payments.receipts.sealAtOnce", true);
    public static final SettingDefinition ATTEMPT_MINUTES =
            SettingDefinition.integer(BUNDLE, "payments.attempt.expiryMinutes", 90, 5, 1440);

    @Override
    public String id() {
        return "payments";
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
        return 30;
    }

    @Override
    public List<String> pathPrefixes() {
        return List.of("/payments/", "/office/payments/", "/admin/payments/", "/api/v1/payments/");
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.of(BUNDLE, Audience.CITIZEN, "menu.receipt", "/payments/receipt.xhtml", "pi pi-file-check"),
                MenuEntry.of(BUNDLE, Audience.OFFICE, "menu.orders", "/office/payments/orders.xhtml", "pi pi-wallet"),
                MenuEntry.of(
                        BUNDLE, Audience.OFFICE, "menu.finance", "/office/payments/finance.xhtml", "pi pi-chart-bar"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "menu.series", "/admin/payments/series.xhtml", "pi pi-book"),
                MenuEntry.of(BUNDLE, Audience.ADMIN, "menu.fees", "/admin/payments/fees.xhtml", "pi pi-tags"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                HomeTile.of(
                        BUNDLE,
                        Audience.CITIZEN,
                        "receipt.title",
                        "tile.receipt.text",
                        "/payments/receipt.xhtml",
                        "pi pi-file-check"),
                HomeTile.of(
                        BUNDLE,
                        Audience.OFFICE,
                        "orders.title",
                        "tile.orders.text",
                        "/office/payments/orders.xhtml",
                        "pi pi-wallet"),
                HomeTile.of(
                        BUNDLE,
                        Audience.ADMIN,
                        "series.title",
                        "tile.series.text",
                        "/admin/payments/series.xhtml",
                        "pi pi-book"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                GATEWAY_PAYMENT_URL,
                GATEWAY_API_URL,
                SETTLEMENT_URL,
                TERMINAL_CODE,
                HASH_SECRET,
                ATTEMPT_MINUTES,
                SEAL_AT_ONCE);
    }
}
