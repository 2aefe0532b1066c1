package vn.egov.kernel.settings;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.audit.CurrentRequest;

/**
 * Settings kept in the kernel's table; every change is audited with the old and new value.
 * Reads come from a snapshot of the whole (small) table: a change through {@link #put} is seen
 * at once, one written to the table by other means within {@link #MAX_AGE_NANOS}.
 */
@ApplicationScoped
public class SettingsStore implements Settings {
    static final long MAX_AGE_NANOS = 5_000_000_000L;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    /** Counts invalidations, so that a snapshot read before a change is not installed after it. */
    private final AtomicLong generation = new AtomicLong();

    private record Snapshot(Map<String, String> values, long loadedAt) {
    }

    @Override
    public String get(String key, String defaultValue) {
        Snapshot current = snapshot.get();
        if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE_NANOS) {
            long seen = generation.get();
            current = new Snapshot(em.createQuery("select s from Setting s", Setting.class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(Setting::getKey, Setting::getValue)), System.nanoTime());
            if (generation.get() == seen) {
                snapshot.set(current);
            }
        }
        return current.values().getOrDefault(key, defaultValue);
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
        em.flush();
        invalidate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
        audit.record("SETTING_CHANGED", "setting", key, old + " -> " + value);
    }

    private void invalidate() {
        generation.incrementAndGet();
        snapshot.set(null);
    }
}
