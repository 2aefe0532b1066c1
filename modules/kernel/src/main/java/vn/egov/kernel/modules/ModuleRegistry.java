package vn.egov.kernel.modules;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.audit.CurrentRequest;

/** The modules deployed in this platform, in start-up order, and which of them are switched on. */
@ApplicationScoped
public class ModuleRegistry {
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<ModuleDescriptor> descriptors;
    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    AuditTrail audit;

    public List<ModuleDescriptor> all() {
        return descriptors.stream().sorted(Comparator.comparingInt(ModuleDescriptor::order)).toList();
    }

    /** Switched-off modules, read at most every few seconds: the gate asks on every request. */
    private volatile List<ModuleDescriptor> disabled;
    private volatile long disabledReadAt;

    public List<ModuleDescriptor> disabled() {
        long now = System.nanoTime();
        if (disabled == null || now - disabledReadAt > java.util.concurrent.TimeUnit.SECONDS.toNanos(5)) {
            disabled = all().stream().filter(m -> !isEnabled(m.id())).toList();
            disabledReadAt = now;
        }
        return disabled;
    }

    public boolean isEnabled(String moduleId) {
        ModuleSwitch s = em.find(ModuleSwitch.class, moduleId);
        return s == null || s.isEnabled();
    }

    @Transactional
    public void setEnabled(String moduleId, boolean on) {
        ModuleDescriptor module = all().stream().filter(m -> m.id().equals(moduleId)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("Không có phân hệ " + moduleId));
        if (!module.switchable() && !on) {
            throw new IllegalArgumentException("Phân hệ " + module.nameVi() + " không thể tắt.");
        }
        ModuleSwitch s = em.find(ModuleSwitch.class, moduleId);
        if (s == null) {
            s = new ModuleSwitch(moduleId);
            em.persist(s);
        }
        s.set(on, CurrentRequest.actor(), java.time.OffsetDateTime.now(clock));
        disabled = null;
        audit.record(on ? "kernel.module.on" : "kernel.module.off", "module", moduleId, null);
    }

    public List<MenuEntry> menu(MenuEntry.Audience audience) {
        return enabled().flatMap(m -> m.menuEntries().stream())
            .filter(e -> e.audience() == audience).toList();
    }

    public List<HomeTile> tiles(MenuEntry.Audience audience) {
        return enabled().flatMap(m -> m.homeTiles().stream())
            .filter(t -> t.audience() == audience).toList();
    }

    private Stream<ModuleDescriptor> enabled() {
        var off = disabled().stream().map(ModuleDescriptor::id).collect(java.util.stream.Collectors.toSet());
        return all().stream().filter(m -> !off.contains(m.id()));
    }
}
