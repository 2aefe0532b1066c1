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
    public static final String API_TOKEN_MINUTES = "kernel.api.tokenMinutes";
    public static final String ATTACHMENT_MAX_BYTES = "kernel.attachments.maxBytes";
    public static final String ATTACHMENT_TYPES = "kernel.attachments.allowedTypes";
    public static final String DEFAULT_ATTACHMENT_TYPES =
        "application/pdf,image/jpeg,image/png,"
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
            new MenuEntry(Audience.OFFICE, "Xác minh danh tính", "Identity check", "/office/identity.xhtml", "pi pi-id-card"),
            new MenuEntry(Audience.ADMIN, "Cơ cấu tổ chức", "Organisation", "/admin/organisation.xhtml", "pi pi-sitemap"),
            new MenuEntry(Audience.ADMIN, "Tài khoản và vai trò", "Accounts and roles", "/admin/accounts.xhtml", "pi pi-users"),
            new MenuEntry(Audience.ADMIN, "Phân hệ", "Modules", "/admin/modules.xhtml", "pi pi-th-large"),
            new MenuEntry(Audience.ADMIN, "Cấu hình", "Settings", "/admin/settings.xhtml", "pi pi-cog"));
    }

    @Override
    public List<HomeTile> homeTiles() {
        return List.of(
            new HomeTile(Audience.ADMIN, "Cơ cấu tổ chức", "Organisation",
                "Tỉnh, xã, phường và các cơ quan; đổi tên, sáp nhập có ghi ngày.",
                "Province, communes and agencies; dated renames and merges.",
                "/admin/organisation.xhtml", "pi pi-sitemap"),
            new HomeTile(Audience.ADMIN, "Tài khoản", "Accounts",
                "Cán bộ, lãnh đạo, quản trị viên và vai trò theo cơ quan.",
                "Officers, leaders, administrators and their roles per agency.",
                "/admin/accounts.xhtml", "pi pi-users"));
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
            new SettingDefinition(API_TOKEN_MINUTES, "Thời hạn mã truy cập API (phút)",
                "API token lifetime (minutes)", "60"),
            new SettingDefinition(ATTACHMENT_MAX_BYTES, "Dung lượng tệp tối đa (byte)",
                "Largest attachment (bytes)", String.valueOf(10 * 1024 * 1024)),
            new SettingDefinition(ATTACHMENT_TYPES, "Loại tệp được phép", "Allowed file types",
                DEFAULT_ATTACHMENT_TYPES));
    }
}
