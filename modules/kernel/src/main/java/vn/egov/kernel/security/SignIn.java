package vn.egov.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.egov.kernel.KernelModule;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.PasswordHashing;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;

/**
 * Checks a user name and password, counting failures and locking the account after too many.
 * Every outcome looks the same to the caller: no hint whether the account exists or is locked.
 */
@ApplicationScoped
public class SignIn {
    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    Settings settings;
    @Inject
    AuditTrail audit;

    /** The caller's name and groups (roles) when the password is right and the account may sign in. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Caller> check(String username, String password) {
        Optional<Account> found = em.createQuery(
                "select a from Account a where lower(a.username) = lower(:u)", Account.class)
            .setParameter("u", username == null ? "" : username.trim())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream().findFirst();
        if (found.isEmpty() || password == null) {
            passwords.verifyDecoy(password == null ? "" : password);
            audit.record("LOGIN_FAILED", "account", null, "unknown user name");
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = Instant.now();
        if (!account.isEnabled() || account.isLockedAt(now)) {
            passwords.verifyDecoy(password);
            audit.recordAs(account.getUsername(), "LOGIN_REFUSED", "account", account.getId(), account.isEnabled() ? "locked" : "disabled");
            return Optional.empty();
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now, settings.getInt(KernelModule.LOGIN_MAX_FAILURES, 5),
                Duration.ofMinutes(settings.getInt(KernelModule.LOGIN_LOCK_MINUTES, 15)));
            audit.recordAs(account.getUsername(), account.isLockedAt(now) ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", "account", account.getId(),
                "wrong password");
            return Optional.empty();
        }
        account.recordSuccessfulLogin();
        audit.recordAs(account.getUsername(), "LOGIN", "account", account.getId(), null);
        return Optional.of(caller(account));
    }

    /** The caller an account is, with its roles now (used for API tokens too). */
    public Caller caller(Account account) {
        Set<String> groups = new TreeSet<>();
        if (account.getKind() == Account.Kind.CITIZEN) {
            groups.add(Role.CITIZEN.name());
        } else {
            em.createQuery("select distinct m.role from Membership m where m.accountId = :a", Role.class)
                .setParameter("a", account.getId()).getResultList().forEach(r -> groups.add(r.name()));
        }
        return new Caller(account.getUsername(), groups);
    }

    /** Who signed in, and the roles the container will see. */
    public record Caller(String name, Set<String> groups) implements java.io.Serializable {
    }
}
