package vn.egov.kernel.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** An admin's decision to switch a module on or off. Modules without a row are on. */
@Entity
@Table(name = "module_switch", schema = "kernel")
public class ModuleSwitch {
    @Id
    @Column(name = "module_id")
    private String moduleId;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    private boolean enabled;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected ModuleSwitch() {}

    public ModuleSwitch(String moduleId) {
        this.moduleId = moduleId;
    }

    public void set(boolean on, String by, OffsetDateTime at) {
        enabled = on;
        updatedBy = by;
        updatedAt = at;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
