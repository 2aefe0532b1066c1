package vn.egov.kernel.api;

import java.util.List;

/**
 * What a module tells the platform about itself. Each module provides one CDI bean that
 * implements this; the kernel migrates the module's schema in {@link #order()}, and the page
 * shell shows its menu entries and tiles while an admin leaves it switched on.
 */
public interface ModuleDescriptor {

    /** Short id, also the name of the module's schema and migration folder (db/migration/ID). */
    String id();

    String nameVi();

    String nameEn();

    /** Start-up order: a module that uses another comes after it. The kernel is 0. */
    int order();

    /** Whether an admin may switch the module off (the kernel cannot be). */
    default boolean switchable() {
        return true;
    }

    /**
     * Path prefixes that belong to the module and answer 404 while it is switched off: by default
     * /ID/, /office/ID/, /admin/ID/ and /api/v1/ID/.
     */
    default List<String> pathPrefixes() {
        return List.of("/" + id() + "/", "/office/" + id() + "/", "/admin/" + id() + "/", "/api/v1/" + id() + "/");
    }

    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    default List<HomeTile> homeTiles() {
        return List.of();
    }

    default List<SettingDefinition> settings() {
        return List.of();
    }
}
