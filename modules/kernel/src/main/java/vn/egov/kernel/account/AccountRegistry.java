package vn.egov.kernel.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Notifications;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.audit.CurrentRequest;

/** Creating accounts (citizens register themselves; admins create staff) and granting roles. */
@ApplicationScoped
public class AccountRegistry implements Accounts {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** Registrations from one address without delay; then each waits twice as long as the one before. */
    private static final int FREE_REGISTRATIONS = 10;

    private final Throttle registrations = new Throttle("registration");

    /**
     * Registers a citizen, or throws {@link FieldErrors} and saves nothing. The account's identity
     * is unverified until an officer checks the card ({@link #verifyIdentity}). Whether the CCCD or
     * e-mail is already used changes nothing in the answer (it would tell a stranger who has an
     * account); the accounts that hold them are told at their own contact instead. Only a user name
     * must be free, as it is how one signs in. Registrations from one address slow down after a few.
     */
    @Transactional(rollbackOn = FieldErrors.class)
    public Account registerCitizen(CitizenRegistration form) {
        Map<String, Message> errors = new LinkedHashMap<>(RegistrationRules.check(form));
        if (!errors.containsKey("username") && byUsername(form.username()).isPresent()) {
            errors.put("username", KernelRefusal.text("account.usernameTaken"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        String address = CurrentRequest.remoteAddress().orElse(null);
        if (address != null) {
            String key = "register@" + address;
            Instant now = clock.instant();
            Duration wait = registrations.wait(em, key, FREE_REGISTRATIONS, now);
            if (!wait.isZero()) {
                audit.record("kernel.account.registrationThrottled", "account", null, "from " + address);
                throw FieldErrors.of(
                        "register", KernelRefusal.text("account.registrationThrottled", Math.max(1, wait.toSeconds())));
            }
            registrations.failed(em, key, now);
        }
        Account account = new Account(
                form.username(), form.fullName().trim(), Account.Kind.CITIZEN, passwords.hash(form.password()));
        account.setCccd(form.cccd());
        account.setEmail(RegistrationRules.notBlank(form.email()) ? form.email().trim() : null);
        account.setPhone(RegistrationRules.notBlank(form.phone()) ? form.phone().replace(" ", "") : null);
        em.persist(account);
        em.flush();
        audit.record("kernel.account.registered", "account", account.getId(), "citizen " + account.getUsername());
        tellHoldersOf(account);
        return account;
    }

    /** The owners of other accounts with the new account's CCCD or e-mail hear of it at their own contact. */
    private void tellHoldersOf(Account account) {
        var query = em.createQuery(
                        "select a from Account a where a.id <> :id and (a.cccd = :cccd"
                                + (account.getEmail() == null ? ")" : " or lower(a.email) = lower(:email))"),
                        Account.class)
                .setParameter("id", account.getId())
                .setParameter("cccd", account.getCccd());
        if (account.getEmail() != null) {
            query.setParameter("email", account.getEmail());
        }
        List<Account> holders = query.getResultList();
        for (Account holder : holders) {
            // notices to citizens are sent in Vietnamese
            Message notice = account.getCccd().equals(holder.getCccd())
                    ? KernelRefusal.text("account.holderNotice.cccd", account.getUsername(), holder.getUsername())
                    : KernelRefusal.text("account.holderNotice.email", account.getUsername(), holder.getUsername());
            String body = notice.in(Message.VIETNAMESE);
            if (holder.getEmail() != null) {
                notifications.send(
                        Notifications.Channel.EMAIL,
                        holder.getEmail(),
                        KernelRefusal.text("account.holderNotice.subject").in(Message.VIETNAMESE),
                        body);
            } else if (holder.getPhone() != null) {
                notifications.send(Notifications.Channel.SMS, holder.getPhone(), null, body);
            }
            audit.record(
                    "kernel.account.holderTold",
                    "account",
                    holder.getId(),
                    "another registration: " + account.getUsername());
        }
    }

    /**
     * An officer at the one-stop desk has checked the citizen's card: the account's CCCD and name
     * are now his. Refused if another account holds this CCCD as verified.
     */
    @Transactional
    public void verifyIdentity(Long accountId, String officer) {
        Account account = em.find(Account.class, accountId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw KernelRefusal.notFound("account.notFound");
        }
        if (account.isIdentityVerified()) {
            return;
        }
        if (account.getCccd() != null
                && exists("a.cccd = :v and a.identityVerifiedAt is not null", account.getCccd())) {
            throw KernelRefusal.conflict("account.cccdVerifiedElsewhere");
        }
        account.verifyIdentity(officer, java.time.OffsetDateTime.now(clock));
        audit.record(
                "kernel.account.identityVerified",
                "account",
                account.getId(),
                account.getUsername() + " by " + officer + " (CCCD and name checked against the card)");
    }

    /** Citizens' accounts whose user name or CCCD is the one given, for the desk to find. */
    public List<Account> citizensBy(String usernameOrCccd) {
        String q = usernameOrCccd == null ? "" : usernameOrCccd.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from Account a where a.kind = :citizen and (lower(a.username) = lower(:q) or a.cccd = :q)"
                                + " order by a.createdAt",
                        Account.class)
                .setParameter("citizen", Account.Kind.CITIZEN)
                .setParameter("q", q)
                .setMaxResults(20)
                .getResultList();
    }

    /** Creates a staff account; roles are granted separately, per agency. */
    @Transactional(rollbackOn = FieldErrors.class)
    public Account createStaff(String username, String displayName, String email, String password) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (username == null || !username.matches(RegistrationRules.USERNAME)) {
            errors.put("username", KernelRefusal.text("account.usernameInvalid"));
        } else if (byUsername(username).isPresent()) {
            errors.put("username", KernelRefusal.text("account.usernameTaken"));
        }
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", KernelRefusal.text("account.fullNameRequired"));
        }
        PasswordPolicy.weakness(password, username).ifPresent(p -> errors.put("password", p));
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        Account account = new Account(username, displayName.trim(), Account.Kind.STAFF, passwords.hash(password));
        account.setEmail(email == null || email.isBlank() ? null : email.trim());
        em.persist(account);
        em.flush();
        audit.record("kernel.account.created", "account", account.getId(), "staff " + username);
        return account;
    }

    @Transactional
    public void grant(Long accountId, Long unitId, Role role) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getKind() != Account.Kind.STAFF || !role.isStaff()) {
            throw KernelRefusal.invalid("account.staffRolesForStaff");
        }
        if (((Number) em.createNativeQuery("select count(*) from kernel.org_unit where id = ?1")
                                .setParameter(1, unitId)
                                .getSingleResult())
                        .longValue()
                == 0) {
            throw KernelRefusal.notFound("account.agencyNotFound", String.valueOf(unitId));
        }
        boolean held = !em.createQuery(
                        "select m from Membership m where m.accountId = :a and m.unitId = :u and m.role = :r",
                        Membership.class)
                .setParameter("a", accountId)
                .setParameter("u", unitId)
                .setParameter("r", role)
                .getResultList()
                .isEmpty();
        if (!held) {
            em.persist(new Membership(accountId, unitId, role));
            audit.record("kernel.role.granted", "account", accountId, role + " @ unit " + unitId);
        }
    }

    @Transactional
    public void revoke(Long membershipId) {
        Membership m = em.find(Membership.class, membershipId);
        if (m != null) {
            em.remove(m);
            audit.record("kernel.role.revoked", "account", m.getAccountId(), m.getRole() + " @ unit " + m.getUnitId());
        }
    }

    @Transactional
    public void setEnabled(Long accountId, boolean enabled) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw KernelRefusal.notFound("account.notFound");
        }
        if (!enabled && account.getUsername().equalsIgnoreCase(CurrentRequest.actor())) {
            throw KernelRefusal.invalid("account.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        if (enabled) {
            account.recordSuccessfulLogin();
        }
        audit.record(enabled ? "kernel.account.enabled" : "kernel.account.disabled", "account", accountId, null);
    }

    @Override
    public Optional<AccountView> find(String username) {
        return username == null
                ? Optional.empty()
                : byUsername(username.strip()).map(AccountRegistry::view);
    }

    @Override
    public Optional<AccountView> byCccd(String cccd) {
        if (cccd == null || cccd.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select a from Account a where a.cccd = :cccd and a.kind = :kind order by a.identityVerifiedAt desc nulls last, a.id",
                        Account.class)
                .setParameter("cccd", cccd.strip())
                .setParameter("kind", Account.Kind.CITIZEN)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(AccountRegistry::view);
    }

    private static AccountView view(Account a) {
        return new AccountView(
                a.getUsername(),
                a.getDisplayName(),
                a.getEmail(),
                a.getPhone(),
                a.getCccd(),
                a.getKind() == Account.Kind.CITIZEN,
                a.isEnabled(),
                a.isIdentityVerified());
    }

    public Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where lower(a.username) = lower(:u)", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.kind desc, a.username", Account.class)
                .getResultList();
    }

    public List<Membership> memberships(Long accountId) {
        return em.createQuery("select m from Membership m where m.accountId = :a", Membership.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    private boolean exists(String condition, String value) {
        return !em.createQuery("select a.id from Account a where " + condition, Long.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
