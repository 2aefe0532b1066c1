package vn.egov.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.PasswordHashing;
import vn.egov.kernel.account.Throttle;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.audit.CurrentRequest;

/**
 * Checks a user name and password. Failures slow further attempts with growing delays
 * ({@link Throttle}) per address and account together (5 free), per address (20 free: many share
 * one behind a carrier's or an office's NAT) and per account from anywhere (50 free), instead of
 * locking the account, which any stranger could do to anyone. An attempt made before its delay is
 * over is refused without looking at the password. Every outcome looks the same to the caller:
 * no hint whether the account exists or the attempt was throttled.
 */
@ApplicationScoped
public class SignIn {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    /** Failures free of delay for: the account from one address, one address, one account from anywhere. */
    private static final int[] FREE_FAILURES = {5, 20, 50};

    private final Throttle throttle = new Throttle("signin");

    /** The caller's name and groups (roles) when the password is right and the account may sign in. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> check(String username, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        String address = CurrentRequest.remoteAddress().orElse("unknown");
        List<String> keys = List.of("pair:" + name + "@" + address, "address:" + address, "account:" + name);
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (int i = 0; i < keys.size(); i++) {
            Duration w = throttle.wait(em, keys.get(i), FREE_FAILURES[i], now);
            wait = w.compareTo(wait) > 0 ? w : wait;
        }
        if (!wait.isZero()) {
            passwords.verifyDecoy(password == null ? "" : password);
            audit.record(
                    "kernel.login.throttled",
                    "account",
                    null,
                    name + " from " + address + ", " + wait.toSeconds() + " s to wait");
            return Optional.empty();
        }
        Optional<Caller> caller = checkPassword(username, password, now);
        if (caller.isEmpty()) {
            keys.forEach(key -> throttle.failed(em, key, now));
        } else {
            throttle.cleared(em, keys.get(0));
            throttle.cleared(em, keys.get(2));
        }
        return caller;
    }

    private Optional<Caller> checkPassword(String username, String password, Instant now) {
        Optional<Account> found = em.createQuery(
                        "select a from Account a where lower(a.username) = lower(:u)", Account.class)
                .setParameter("u", username == null ? "" : username.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || password == null) {
            passwords.verifyDecoy(password == null ? "" : password);
            audit.record("kernel.login.failed", "account", null, "unknown user name");
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.isEnabled() || account.isLockedAt(now)) {
            passwords.verifyDecoy(password);
            audit.recordAs(
                    account.getUsername(),
                    "kernel.login.refused",
                    "account",
                    account.getId(),
                    account.isEnabled() ? "locked" : "disabled");
            return Optional.empty();
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            audit.recordAs(account.getUsername(), "kernel.login.failed", "account", account.getId(), "wrong password");
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        audit.recordAs(account.getUsername(), "kernel.login", "account", account.getId(), null);
        return Optional.of(caller(account));
    }

    /** The caller an account is, with its roles now (used for API tokens too). */
    public Caller caller(Account account) {
        Set<String> groups = new TreeSet<>();
        if (account.getKind() == Account.Kind.CITIZEN) {
            groups.add(Role.CITIZEN.name());
        } else {
            em.createQuery("select distinct m.role from Membership m where m.accountId = :a", Role.class)
                    .setParameter("a", account.getId())
                    .getResultList()
                    .forEach(r -> groups.add(r.name()));
        }
        return new Caller(account.getUsername(), groups);
    }

    /** Who signed in, and the roles the container will see. */
    public record Caller(String name, Set<String> groups) implements java.io.Serializable {}
}
