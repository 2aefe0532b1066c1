package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.Settings;
import vn.egov.signing.custody.SecretSeal;
import vn.egov.signing.domain.SecondFactor;
import vn.egov.signing.domain.SentCode;
import vn.egov.signing.factor.QrCodes;
import vn.egov.signing.factor.Totp;

/**
 * Signers' second factors: an authenticator (TOTP) enrolled with a QR code and confirmed by a
 * first code, or a one-time code sent by SMS or e-mail; and the check that authorises a signature. Wrong and replayed codes count as failures; the fifth in a row
 * locks signing for 15 minutes. Every failure, lockout and enrolment is audited.
 */
@ApplicationScoped
public class SecondFactors {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    SigningAuthority authority;

    @Inject
    Accounts accounts;

    @Inject
    Notifications notifications;

    /** What the enrolment page shows: the seed in base32 for typing, and the QR code of its URI. */
    public record Enrolment(String secret, String uri, String qrSvg) {}

    /** Why a code was refused: a message key in the signing bundle ({@code factor.*}). */
    public static class CodeRefused extends vn.egov.signing.api.PersonalSignatures.SigningRefused {
        public CodeRefused(String key) {
            super(key);
        }
    }

    /** Starts (or restarts) enrolment of the account's authenticator; the old seed stops working. */
    @Transactional
    public Enrolment enrol(String username) {
        String secret = Totp.newSecret();
        String sealed = seal().seal(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII), username);
        SecondFactor factor = entities.find(SecondFactor.class, username);
        if (factor == null) {
            entities.persist(new SecondFactor(username, sealed, clock.instant()));
        } else {
            factor.reenrol(sealed, clock.instant());
        }
        audit.record("signing.factor.enrolled", "account", username, "TOTP seed issued, awaiting the first code");
        // the label the authenticator app keeps for the account: one language, whatever the page's
        String issuer = text("factor.issuer", settings.text(SigningModule.ORGANISATION));
        String uri = Totp.enrolmentUri(issuer, username, secret);
        return new Enrolment(secret, uri, QrCodes.svg(uri));
    }

    /** Whether the account has a confirmed authenticator. */
    @Transactional
    public boolean enrolled(String username) {
        SecondFactor factor = entities.find(SecondFactor.class, username);
        return factor != null && factor.confirmed();
    }

    /** Whether one-time codes can be sent to the account (it has a phone number or an e-mail address). */
    public boolean canReceiveCodes(String username) {
        return accounts.find(username)
                .filter(Accounts.AccountView::enabled)
                .flatMap(SecondFactors::codeRecipient)
                .isPresent();
    }

    /** Where an account's codes go: its phone by SMS, else its e-mail address. */
    private static java.util.Optional<String> codeRecipient(Accounts.AccountView account) {
        if (account.phone() != null && !account.phone().isBlank()) {
            return java.util.Optional.of(account.phone());
        }
        return java.util.Optional.ofNullable(account.email()).filter(e -> !e.isBlank());
    }

    /**
     * Checks a code for the account: a code sent by message, or one from the authenticator. A
     * right code is used up (it cannot be replayed). Runs in a transaction of its own and commits
     * the failure count even when the code is refused, so that a caller's rollback cannot undo a
     * failure and dodge the lockout.
     *
     * @return which factor it was ("TOTP", or "code sent by SMS" / "code sent by EMAIL"), for the audit log
     * @throws CodeRefused factor.notEnrolled, factor.locked or factor.wrongCode
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = CodeRefused.class)
    public String check(String username, String code) {
        return verify(username, code, true);
    }

    /** Confirms a new authenticator with its first code (a code sent by message does not confirm it). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = CodeRefused.class)
    public void confirmAuthenticator(String username, String code) {
        verify(username, code, false);
    }

    /**
     * Sends a one-time code through the kernel's notifications: by SMS to the account's phone,
     * else by e-mail. Returns where it went, masked ("SMS ******5678").
     *
     * @throws CodeRefused factor.noContact, factor.tooSoon (one code a minute) or factor.locked
     */
    @Transactional
    public String sendCode(String username) {
        Instant now = clock.instant();
        var account = accounts.find(username)
                .filter(Accounts.AccountView::enabled)
                .orElseThrow(() -> new CodeRefused("factor.noContact"));
        String recipient = codeRecipient(account).orElseThrow(() -> new CodeRefused("factor.noContact"));
        boolean sms = recipient.equals(account.phone());
        SecondFactor factor = entities.find(SecondFactor.class, account.username());
        if (factor == null) {
            entities.persist(SecondFactor.withoutAuthenticator(account.username(), now));
        } else if (factor.locked(now)) {
            throw new CodeRefused("factor.locked");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String sealed = seal().seal(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII), account.username());
        String channel = sms ? "SMS" : "EMAIL";
        SentCode sent = entities.find(SentCode.class, account.username());
        if (sent == null) {
            entities.persist(new SentCode(account.username(), sealed, channel, now));
        } else if (sent.tooSoon(now)) {
            throw new CodeRefused("factor.tooSoon");
        } else {
            sent.resend(sealed, channel, now);
        }
        notifications.send(
                sms ? Notifications.Channel.SMS : Notifications.Channel.EMAIL,
                recipient,
                sms ? null : text("factor.message.subject"),
                text("factor.message.body", code));
        String masked = (sms ? "SMS " : "e-mail ") + mask(recipient);
        audit.record("signing.factor.codeSent", "account", account.username(), "one-time code sent by " + masked);
        return masked;
    }

    private String verify(String username, String code, boolean sentCodes) {
        Instant now = clock.instant();
        SecondFactor factor = entities.find(SecondFactor.class, username);
        if (factor == null) {
            throw new CodeRefused("factor.notEnrolled");
        }
        if (factor.locked(now)) {
            audit.record("signing.factor.refused", "account", username, "locked until " + factor.lockedUntil());
            throw new CodeRefused("factor.locked");
        }
        SentCode sent = sentCodes ? entities.find(SentCode.class, username) : null;
        if (sent != null
                && !sent.expired(now)
                && code != null
                && java.security.MessageDigest.isEqual(
                        seal().open(sent.codeSealed(), username),
                        code.strip().getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            entities.remove(sent);
            factor.acceptedSentCode();
            return "code sent by " + sent.channel();
        }
        long step = factor.hasAuthenticator()
                ? Totp.match(
                        new String(
                                seal().open(factor.secretSealed(), username),
                                java.nio.charset.StandardCharsets.US_ASCII),
                        code,
                        now,
                        factor.lastStep())
                : -1;
        if (step < 0) {
            boolean locked = factor.failed(now);
            audit.record(
                    locked ? "signing.factor.locked" : "signing.factor.refused",
                    "account",
                    username,
                    locked ? "5 wrong codes in a row: signing locked for 15 minutes" : "wrong or replayed code");
            throw new CodeRefused(locked ? "factor.locked" : "factor.wrongCode");
        }
        factor.accepted(step);
        return "TOTP";
    }

    /** A text of the signing bundle in Vietnamese: messages are sent in the platform's language. */
    private static String text(String key, Object... args) {
        return Message.text(Message.VIETNAMESE, SigningModule.BUNDLE, key, args);
    }

    private static String mask(String recipient) {
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        String digits = recipient.strip();
        return "*".repeat(Math.max(0, digits.length() - 4)) + digits.substring(Math.max(0, digits.length() - 4));
    }

    private SecretSeal seal() {
        return authority.secrets().orElseThrow(() -> new CodeRefused("seal.noMasterKey"));
    }
}
