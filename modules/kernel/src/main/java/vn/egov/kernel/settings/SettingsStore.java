package vn.egov.kernel.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.audit.CurrentRequest;

/** Settings kept in the kernel's table; every change is audited with the old and new value. */
@ApplicationScoped
public class SettingsStore implements Settings {
    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Override
    public String get(String key, String defaultValue) {
        Setting setting = em.find(Setting.class, key);
        return setting == null ? defaultValue : setting.getValue();
    }

    @Override
    @Transactional
    public void put(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw new IllegalArgumentException("Khóa và giá trị cấu hình không được để trống.");
        }
        Setting setting = em.find(Setting.class, key);
        String old = setting == null ? null : setting.getValue();
        if (setting == null) {
            em.persist(new Setting(key, value, CurrentRequest.actor()));
        } else {
            setting.update(value, CurrentRequest.actor());
        }
        audit.record("SETTING_CHANGED", "setting", key, old + " -> " + value);
    }
}
