package vn.egov.kernel.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.egov.kernel.KernelModule;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.account.AccountRegistry;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.DatabaseLocks;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.kernel.organisation.OrganisationTree;

/**
 * The first run on an empty database: no account can sign in, so at start-up, while no enabled
 * account holds the administrator role, the platform makes a one-time link, valid 24 hours, and
 * writes it once to the log (the launcher prints it too). Whoever opens it creates the province's
 * unit (when there is none) and the first administrator; the link then stops working, and so does
 * the setup page as long as an administrator exists. Only the token's hash is stored; every step
 * is audited.
 */
@ApplicationScoped
public class FirstAdministrator {

    static final Duration VALIDITY = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String LOCK = "kernel.firstAdministrator";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AccountRegistry accounts;

    @Inject
    OrganisationTree organisation;

    @Inject
    PublicAddress address;

    /** What the setup form gives. */
    public record Setup(
            String provinceCode,
            String provinceName,
            String username,
            String displayName,
            String email,
            String password,
            String passwordConfirmation) {}

    /** At start-up: a new link when there is no administrator, none otherwise. */
    @Transactional
    public void offerIfNeeded() {
        DatabaseLocks.forTransaction(em, List.of(LOCK));
        if (administratorExists()) {
            em.createNativeQuery("delete from kernel.setup_token").executeUpdate();
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now(clock).plus(VALIDITY);
        em.createNativeQuery(
                        "insert into kernel.setup_token(id, token_hash, expires_at) values (1, ?1, ?2)"
                                + " on conflict (id) do update set token_hash = excluded.token_hash, expires_at = excluded.expires_at")
                .setParameter(1, Sha256.hex(token.getBytes(StandardCharsets.UTF_8)))
                .setParameter(2, expires)
                .executeUpdate();
        audit.record("kernel.setup.linkIssued", "setup", "1", "valid until " + expires);
        LOG.warning(ConfigKeys.FIRST_RUN_LOG_MARKER + address.origin() + "/setup.xhtml?token=" + token
                + " within 24 hours to create the first administrator. The link works once;"
                + " a restart before then makes a new one.");
    }

    /** Whether the link is the current one, unused and in time, and no administrator exists yet. */
    @Transactional
    public boolean accepts(String token) {
        return token != null && tokenMatches(token) && !administratorExists();
    }

    /** Whether the organisation tree has no root unit yet, so the setup form asks for the province. */
    public boolean provinceNeeded() {
        return organisation.units().stream().noneMatch(u -> u.parentId() == null);
    }

    /**
     * Creates the province (when the tree is empty) and the first administrator, and retires the
     * link. A link that does not work is refused with {@link KernelRefusal} (its audit entry is
     * kept); a form that does not fit with {@link FieldErrors} (nothing is kept).
     */
    @Transactional(rollbackOn = FieldErrors.class, dontRollbackOn = KernelRefusal.class)
    public void create(String token, Setup setup) {
        DatabaseLocks.forTransaction(em, List.of(LOCK));
        if (token == null || !tokenMatches(token) || administratorExists()) {
            audit.record("kernel.setup.refused", "setup", "1", "link unknown, used or expired");
            throw KernelRefusal.invalid("setup.linkInvalid");
        }
        Optional<OrgUnitView> province =
                organisation.units().stream().filter(u -> u.parentId() == null).findFirst();
        Map<String, Message> errors = new LinkedHashMap<>();
        if (province.isEmpty()) {
            if (setup.provinceCode() == null || !setup.provinceCode().matches("[A-Za-z0-9_-]{1,40}")) {
                errors.put("provinceCode", Message.of(KernelModule.BUNDLE, "setup.provinceCode.invalid"));
            }
            if (setup.provinceName() == null || setup.provinceName().isBlank()) {
                errors.put("provinceName", Message.of(KernelModule.BUNDLE, "setup.provinceName.required"));
            }
        }
        if (setup.password() != null && !setup.password().equals(setup.passwordConfirmation())) {
            errors.put("passwordConfirmation", Message.of(KernelModule.BUNDLE, "setup.passwordMismatch"));
        }
        Account admin;
        try {
            admin = accounts.createStaff(setup.username(), setup.displayName(), setup.email(), setup.password());
        } catch (FieldErrors staffErrors) {
            Map<String, Message> all = new LinkedHashMap<>(staffErrors.messages());
            all.putAll(errors);
            throw FieldErrors.keyed(all);
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        OrgUnitView root = province.orElseGet(() -> organisation.create(
                setup.provinceCode().trim(),
                "PROVINCE",
                null,
                setup.provinceName().trim(),
                LocalDate.now(clock)));
        accounts.grant(admin.getId(), root.id(), Role.ADMIN);
        em.createNativeQuery("delete from kernel.setup_token").executeUpdate();
        audit.record("kernel.setup.firstAdministrator", "account", admin.getId(), admin.getUsername());
        LOG.info("First administrator " + admin.getUsername() + " created through the setup link");
    }

    private boolean tokenMatches(String token) {
        List<?> rows = em.createNativeQuery(
                        "select 1 from kernel.setup_token where token_hash = ?1 and expires_at > ?2")
                .setParameter(1, Sha256.hex(token.getBytes(StandardCharsets.UTF_8)))
                .setParameter(2, OffsetDateTime.now(clock))
                .getResultList();
        return !rows.isEmpty();
    }

    private boolean administratorExists() {
        return ((Number) em.createNativeQuery("select count(*) from kernel.membership m join kernel.account a"
                                        + " on a.id = m.account_id where m.role = 'ADMIN' and a.enabled")
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}
