package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Settings;
import vn.egov.signing.custody.SecretSeal;
import vn.egov.signing.domain.SecondFactor;
import vn.egov.signing.factor.QrCodes;
import vn.egov.signing.factor.Totp;

/**
 * Signers' authenticators: enrolment with a QR code, confirmation by a first code, and the check
 * that authorises a signature. Wrong and replayed codes count as failures; the fifth in a row
 * locks signing for 15 minutes. Every failure, lockout and enrolment is audited.
 */
@ApplicationScoped
public class SecondFactors {
    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "signing")
    EntityManager entities;
    @Inject
    AuditTrail audit;
    @Inject
    Settings settings;
    @Inject
    SigningAuthority authority;

    /** What the enrolment page shows: the seed in base32 for typing, and the QR code of its URI. */
    public record Enrolment(String secret, String uri, String qrSvg) {
    }

    /** Why a code was refused: a message key in the signing bundle ({@code factor.*}). */
    public static class CodeRefused extends RuntimeException {
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
        String issuer = settings.get(SigningModule.ORGANISATION, SigningModule.DEFAULT_ORGANISATION);
        String uri = Totp.enrolmentUri("Ký số " + issuer, username, secret);
        return new Enrolment(secret, uri, QrCodes.svg(uri));
    }

    /** Whether the account has a confirmed authenticator. */
    @Transactional
    public boolean enrolled(String username) {
        SecondFactor factor = entities.find(SecondFactor.class, username);
        return factor != null && factor.confirmed();
    }

    /**
     * Checks a code for the account; a right code is used up (it cannot be replayed). Runs in a
     * transaction of its own and commits the failure count even when the code is refused, so that
     * a caller's rollback cannot undo a failure and dodge the lockout.
     *
     * @throws CodeRefused factor.notEnrolled, factor.locked or factor.wrongCode
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = CodeRefused.class)
    public void check(String username, String code) {
        Instant now = clock.instant();
        SecondFactor factor = entities.find(SecondFactor.class, username);
        if (factor == null) {
            throw new CodeRefused("factor.notEnrolled");
        }
        if (factor.locked(now)) {
            audit.record("signing.factor.refused", "account", username, "locked until " + factor.lockedUntil());
            throw new CodeRefused("factor.locked");
        }
        String secret = new String(seal().open(factor.secretSealed(), username), java.nio.charset.StandardCharsets.US_ASCII);
        long step = Totp.match(secret, code, now, factor.lastStep());
        if (step < 0) {
            boolean locked = factor.failed(now);
            audit.record(locked ? "signing.factor.locked" : "signing.factor.refused", "account", username,
                locked ? "5 wrong codes in a row: signing locked for 15 minutes" : "wrong or replayed code");
            throw new CodeRefused(locked ? "factor.locked" : "factor.wrongCode");
        }
        factor.accepted(step);
    }

    private SecretSeal seal() {
        return authority.secrets().orElseThrow(() -> new CodeRefused("seal.noMasterKey"));
    }
}
