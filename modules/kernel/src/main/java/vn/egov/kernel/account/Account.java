package vn.egov.kernel.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import vn.egov.kernel.KernelRefusal;

/**
 * A person who signs in: a citizen (identified by CCCD) or a staff member (officer, leader,
 * administrator), whose roles come from memberships in agencies.
 */
@Entity
@Table(name = "account", schema = "kernel")
public class Account {
    public enum Kind {
        CITIZEN,
        STAFF
    }

    @Id
    @SequenceGenerator(name = "account_id", schema = "kernel", sequenceName = "account_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_id")
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String email;
    private String phone;
    private String cccd;

    @Column(name = "identity_verified_at")
    private OffsetDateTime identityVerifiedAt;

    @Column(name = "identity_verified_by")
    private String identityVerifiedBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    private boolean enabled = true;

    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Account() {}

    public Account(String username, String displayName, Kind kind, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.kind = kind;
        this.passwordHash = passwordHash;
    }

    /**
     * Whether sign-in is refused at this moment by a lock set before sign-in was throttled instead
     * (such locks run out; an admin's enabling lifts one at once).
     */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    public void recordSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
    /**
     * Records that an officer checked the citizen's card against the account's CCCD and name. The
     * caller makes sure no other account holds this CCCD as verified.
     */
    public void verifyIdentity(String officer, OffsetDateTime at) {
        if (kind != Kind.CITIZEN || cccd == null) {
            throw KernelRefusal.invalid("account.onlyCitizensVerified");
        }
        this.identityVerifiedAt = at;
        this.identityVerifiedBy = officer;
    }

    public boolean isIdentityVerified() {
        return identityVerifiedAt != null;
    }

    public OffsetDateTime getIdentityVerifiedAt() {
        return identityVerifiedAt;
    }

    public String getIdentityVerifiedBy() {
        return identityVerifiedBy;
    }

    public String getCccd() {
        return cccd;
    }

    public void setCccd(String cccd) {
        this.cccd = cccd;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant();
    }
}
