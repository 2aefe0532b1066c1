package vn.egov.kernel.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.audit.CurrentRequest;
import vn.egov.kernel.organisation.OrgUnit;

/** Creating accounts (citizens register themselves; admins create staff) and granting roles. */
@ApplicationScoped
public class AccountRegistry implements Accounts {
    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    PasswordHashing passwords;
    @Inject
    AuditTrail audit;

    /** Registers a citizen, or throws {@link FieldErrors} and saves nothing. */
    @Transactional(rollbackOn = FieldErrors.class)
    public Account registerCitizen(CitizenRegistration form) {
        Map<String, String> errors = new LinkedHashMap<>(RegistrationRules.check(form));
        if (!errors.containsKey("username") && byUsername(form.username()).isPresent()) {
            errors.put("username", "Tên đăng nhập này đã có người dùng.");
        }
        if (!errors.containsKey("cccd") && exists("a.cccd = :v", form.cccd())) {
            errors.put("cccd", "Số CCCD này đã được đăng ký tài khoản.");
        }
        if (RegistrationRules.notBlank(form.email()) && !errors.containsKey("email")
                && exists("lower(a.email) = lower(:v)", form.email().trim())) {
            errors.put("email", "Thư điện tử này đã được dùng cho tài khoản khác.");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Account account = new Account(form.username(), form.fullName().trim(), Account.Kind.CITIZEN,
            passwords.hash(form.password()));
        account.setCccd(form.cccd());
        account.setEmail(RegistrationRules.notBlank(form.email()) ? form.email().trim() : null);
        account.setPhone(RegistrationRules.notBlank(form.phone()) ? form.phone().replace(" ", "") : null);
        em.persist(account);
        em.flush();
        audit.record("ACCOUNT_REGISTERED", "account", account.getId(), "citizen " + account.getUsername());
        return account;
    }

    /** Creates a staff account; roles are granted separately, per agency. */
    @Transactional(rollbackOn = FieldErrors.class)
    public Account createStaff(String username, String displayName, String email, String password) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,64}")) {
            errors.put("username", "Tên đăng nhập gồm 3 đến 64 ký tự không dấu.");
        } else if (byUsername(username).isPresent()) {
            errors.put("username", "Tên đăng nhập này đã có người dùng.");
        }
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "Vui lòng nhập họ và tên.");
        }
        PasswordPolicy.weakness(password, username).ifPresent(p -> errors.put("password", p));
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Account account = new Account(username, displayName.trim(), Account.Kind.STAFF, passwords.hash(password));
        account.setEmail(email == null || email.isBlank() ? null : email.trim());
        em.persist(account);
        em.flush();
        audit.record("ACCOUNT_CREATED", "account", account.getId(), "staff " + username);
        return account;
    }

    @Transactional
    public void grant(Long accountId, Long unitId, Role role) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getKind() != Account.Kind.STAFF || !role.isStaff()) {
            throw new IllegalArgumentException("Chỉ tài khoản cán bộ mới được giao vai trò cán bộ.");
        }
        if (em.find(OrgUnit.class, unitId) == null) {
            throw new IllegalArgumentException("Không tìm thấy cơ quan " + unitId);
        }
        boolean held = !em.createQuery("select m from Membership m where m.accountId = :a and m.unitId = :u and m.role = :r",
                Membership.class).setParameter("a", accountId).setParameter("u", unitId).setParameter("r", role)
            .getResultList().isEmpty();
        if (!held) {
            em.persist(new Membership(accountId, unitId, role));
            audit.record("ROLE_GRANTED", "account", accountId, role + " @ unit " + unitId);
        }
    }

    @Transactional
    public void revoke(Long membershipId) {
        Membership m = em.find(Membership.class, membershipId);
        if (m != null) {
            em.remove(m);
            audit.record("ROLE_REVOKED", "account", m.getAccountId(), m.getRole() + " @ unit " + m.getUnitId());
        }
    }

    @Transactional
    public void setEnabled(Long accountId, boolean enabled) {
        Account account = em.find(Account.class, accountId);
        if (!enabled && account.getUsername().equalsIgnoreCase(CurrentRequest.actor())) {
            throw new IllegalArgumentException("Không thể tự khóa tài khoản đang dùng.");
        }
        account.setEnabled(enabled);
        if (enabled) {
            account.recordSuccessfulLogin();
        }
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", accountId, null);
    }

    @Override
    public Optional<AccountView> find(String username) {
        return username == null ? Optional.empty() : byUsername(username.strip()).map(a -> new AccountView(a.getUsername(),
            a.getDisplayName(), a.getEmail(), a.getPhone(), a.getCccd(), a.getKind() == Account.Kind.CITIZEN, a.isEnabled()));
    }

    public Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where lower(a.username) = lower(:u)", Account.class)
            .setParameter("u", username).getResultStream().findFirst();
    }

    public List<Account> all() {
        return em.createQuery("select a from Account a order by a.kind desc, a.username", Account.class).getResultList();
    }

    public List<Membership> memberships(Long accountId) {
        return em.createQuery("select m from Membership m where m.accountId = :a", Membership.class)
            .setParameter("a", accountId).getResultList();
    }

    private boolean exists(String condition, String value) {
        return !em.createQuery("select a.id from Account a where " + condition, Long.class)
            .setParameter("v", value).setMaxResults(1).getResultList().isEmpty();
    }
}
