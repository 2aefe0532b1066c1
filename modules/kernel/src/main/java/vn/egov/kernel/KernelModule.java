package vn.egov.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.MenuEntry.Audience;
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
        return "Nền tảng dùng chung";
    }

    @Override
    public String nameEn() {
        return "Shared platform";
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
                new MenuEntry(
                        Audience.OFFICE,
                        "Xác minh danh tính",
                        "Identity check",
                        "/office/identity.xhtml",
                        "pi pi-id-card"),
                new MenuEntry(
                        Audience.ADMIN, "Cơ cấu tổ chức", "Organisation", "/admin/organisation.xhtml", "pi pi-sitemap"),
                new MenuEntry(
                        Audience.ADMIN,
                        "Tài khoản và vai trò",
                        "Accounts and roles",
                        "/admin/accounts.xhtml",
                        "pi pi-users"),
                new MenuEntry(Audience.ADMIN, "Phân hệ", "Modules", "/admin/modules.xhtml", "pi pi-th-large"),
                new MenuEntry(Audience.ADMIN, "Cấu hình", "Settings", "/admin/settings.xhtml", "pi pi-cog"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
                new HomeTile(
                        Audience.ADMIN,
                        "Cơ cấu tổ chức",
                        "Organisation",
                        "Tỉnh, xã, phường và các cơ quan; đổi tên, sáp nhập có ghi ngày.",
                        "Province, communes and agencies; dated renames and merges.",
                        "/admin/organisation.xhtml",
                        "pi pi-sitemap"),
                new HomeTile(
                        Audience.ADMIN,
                        "Tài khoản",
                        "Accounts",
                        "Cán bộ, lãnh đạo, quản trị viên và vai trò theo cơ quan.",
                        "Officers, leaders, administrators and their roles per agency.",
                        "/admin/accounts.xhtml",
                        "pi pi-users"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(API_TOKEN_MINUTES, ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES);
    }
}
