package vn.egov.kernel.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.HomeTile;
import vn.egov.kernel.api.MenuEntry;
import vn.egov.kernel.api.ModuleDescriptor;
import vn.egov.kernel.api.helpers.TableSnapshot;
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

    /** The deployed modules never change while the platform runs: looked up once (the gate asks on every request). */
    private volatile List<ModuleDescriptor> all;

    public List<ModuleDescriptor> all() {
        List<ModuleDescriptor> known = all;
        if (known == null) {
            known = descriptors.stream()
                    .sorted(Comparator.comparingInt(ModuleDescriptor::order))
                    .toList();
            all = known;
        }
        return known;
    }

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * The ids of switched-off modules, as the settings are kept (the gate asks on every request): a
     * switch made here is seen at once, one made on another server within 5 seconds.
     */
    private final TableSnapshot<java.util.Set<String>> switchedOff = new TableSnapshot<>(
            java.time.Duration.ofSeconds(5),
            () -> java.util.Set.copyOf(
                    em.createQuery("select s.moduleId from ModuleSwitch s where s.enabled = false", String.class)
                            .getResultList()));

    public List<ModuleDescriptor> disabled() {
        java.util.Set<String> off = switchedOff.get();
        return all().stream().filter(m -> off.contains(m.id())).toList();
    }

    public boolean isEnabled(String moduleId) {
        return !switchedOff.get().contains(moduleId);
    }

    @Transactional
    public void setEnabled(String moduleId, boolean on) {
        ModuleDescriptor module = all().stream()
                .filter(m -> m.id().equals(moduleId))
                .findFirst()
                .orElseThrow(() -> KernelRefusal.notFound("modules.unknown", String.valueOf(moduleId)));
        if (!module.switchable() && !on) {
            throw KernelRefusal.invalid("modules.cannotSwitchOff");
        }
        ModuleSwitch s = em.find(ModuleSwitch.class, moduleId);
        if (s == null) {
            s = new ModuleSwitch(moduleId);
            em.persist(s);
        }
        s.set(on, CurrentRequest.actor(), java.time.OffsetDateTime.now(clock));
        switchedOff.changedIn(transactions);
        audit.record(on ? "kernel.module.on" : "kernel.module.off", "module", moduleId, null);
    }

    public List<MenuEntry> menu(MenuEntry.Audience audience) {
        return enabled()
                .flatMap(m -> m.menuEntries().stream())
                .filter(e -> e.audience() == audience)
                .toList();
    }

    public List<HomeTile> tiles(MenuEntry.Audience audience) {
        return enabled()
                .flatMap(m -> m.homeTiles().stream())
                .filter(t -> t.audience() == audience)
                .toList();
    }

    private Stream<ModuleDescriptor> enabled() {
        var off = disabled().stream().map(ModuleDescriptor::id).collect(java.util.stream.Collectors.toSet());
        return all().stream().filter(m -> !off.contains(m.id()));
    }
}
