package vn.egov.kernel.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A value an admin saved in the settings store. */
@Entity
@Table(name = "setting", schema = "kernel")
public class Setting {
    @Id
    private String key;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    private String value;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Setting() {}

    public Setting(String key, String value, String updatedBy, OffsetDateTime at) {
        this.key = key;
        update(value, updatedBy, at);
    }

    public final void update(String newValue, String by, OffsetDateTime at) {
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
