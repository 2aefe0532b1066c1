package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A signer's authenticator: the sealed TOTP seed, the last time step accepted (so a code is good
 * once) and the count of wrong codes; the fifth wrong code in a row locks signing for 15 minutes.
 */
@Entity
@Table(name = "second_factor", schema = "signing")
public class SecondFactor {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    private String username;

    @Column(name = "secret_sealed")
    private String secretSealed;

    private boolean confirmed;

    @Column(name = "last_step")
    private long lastStep;

    private int failures;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "enrolled_at")
    private OffsetDateTime enrolledAt;

    @Version
    private long version;

    protected SecondFactor() {}

    public SecondFactor(String username, String secretSealed, Instant now) {
        this.username = username;
        this.secretSealed = secretSealed;
        this.enrolledAt = now.atOffset(ZoneOffset.UTC);
    }

    /** The row of an account that receives codes by message and has no authenticator (yet). */
    public static SecondFactor withoutAuthenticator(String username, Instant now) {
        return new SecondFactor(username, null, now);
    }

    /** Whether an authenticator seed is enrolled (confirmed or not). */
    public boolean hasAuthenticator() {
        return secretSealed != null;
    }

    /** A right code sent by message: clears failures, leaves the authenticator as it is. */
    public void acceptedSentCode() {
        this.failures = 0;
        this.lockedUntil = null;
    }

    /** A new seed replaces the old one until the signer confirms it with a first code. */
    public void reenrol(String sealed, Instant now) {
        this.secretSealed = sealed;
        this.confirmed = false;
        this.lastStep = 0;
        this.enrolledAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    /** A right code at this time step: confirms the enrolment, clears failures, remembers the step. */
    public void accepted(long step) {
        this.lastStep = step;
        this.failures = 0;
        this.lockedUntil = null;
        this.confirmed = true;
    }

    /** A wrong (or replayed) code; returns true when this failure locked the account's signing. */
    public boolean failed(Instant now) {
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntil = now.plus(LOCKOUT).atOffset(ZoneOffset.UTC);
            return true;
        }
        return false;
    }

    public String username() {
        return username;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public long lastStep() {
        return lastStep;
    }

    public int failures() {
        return failures;
    }

    public Instant lockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }
}
