package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A one-time code sent to a signer by SMS or e-mail: sealed, good once, for a few minutes. */
@Entity
@Table(name = "sent_code", schema = "signing")
public class SentCode {
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** A new code is not sent sooner than this after the last one (SMS cost, flooding a phone). */
    public static final Duration RESEND_AFTER = Duration.ofSeconds(60);

    @Id
    private String username;

    @Column(name = "code_sealed")
    private String codeSealed;

    private String channel;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    protected SentCode() {}

    public SentCode(String username, String codeSealed, String channel, Instant now) {
        this.username = username;
        resend(codeSealed, channel, now);
    }

    public final void resend(String codeSealed, String channel, Instant now) {
        this.codeSealed = codeSealed;
        this.channel = channel;
        this.sentAt = now.atOffset(ZoneOffset.UTC);
        this.expiresAt = now.plus(LIFETIME).atOffset(ZoneOffset.UTC);
    }

    public boolean tooSoon(Instant now) {
        return sentAt.toInstant().plus(RESEND_AFTER).isAfter(now);
    }

    public boolean expired(Instant now) {
        return !expiresAt.toInstant().isAfter(now);
    }

    public String channel() {
        return channel;
    }

    public String codeSealed() {
        return codeSealed;
    }
}
