package vn.egov.kernel.settings;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.TableSnapshot;
import vn.egov.kernel.audit.CurrentRequest;

/**
 * Settings kept in the kernel's table; every change is audited with the old and new value.
 * Reads come from a snapshot of the whole (small) table: a change through {@link #put} is seen
 * at once, one written to the table by other means within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class SettingsStore implements Settings {
    public static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final TableSnapshot<Map<String, String>> snapshot = new TableSnapshot<>(
            MAX_AGE,
            () -> em.createQuery("select s from Setting s", Setting.class)
                    .getResultStream()
                    .collect(Collectors.toUnmodifiableMap(Setting::getKey, Setting::getValue)));

    @Override
    public String get(String key, String defaultValue) {
        return snapshot.get().getOrDefault(key, defaultValue);
    }

    @Override
    @Transactional
    public void put(String key, String value) {
        String old = store(key, value);
        audit.record("kernel.setting.changed", "setting", key, old + " -> " + value);
    }

    @Override
    @Transactional
    public void putSecret(String key, String value) {
        String old = store(key, value);
        audit.record("kernel.setting.secretChanged", "setting", key, old == null || old.isEmpty() ? "set" : "replaced");
    }

    private String store(String key, String value) {
        if (key == null || key.isBlank() || value == null) {
            throw KernelRefusal.invalid("settings.keyAndValueRequired");
        }
        Setting setting = em.find(Setting.class, key);
        String old = setting == null ? null : setting.getValue();
        if (setting == null) {
            em.persist(new Setting(key, value, CurrentRequest.actor(), java.time.OffsetDateTime.now(clock)));
        } else {
            setting.update(value, CurrentRequest.actor(), java.time.OffsetDateTime.now(clock));
        }
        em.flush();
        snapshot.changedIn(transactions);
        return old;
    }
}
