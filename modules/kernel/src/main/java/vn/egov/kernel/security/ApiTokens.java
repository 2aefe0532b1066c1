package vn.egov.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import vn.egov.kernel.KernelModule;
import vn.egov.kernel.account.Account;
import vn.egov.kernel.api.AccessTokens;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.Sha256;

/** Issues and checks the opaque bearer tokens of the REST API. */
@ApplicationScoped
public class ApiTokens implements AccessTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    SignIn signIn;

    @Inject
    Settings settings;

    public record Issued(String token, long expiresInSeconds, SignIn.Caller caller) {}

    /** A new token for the user, or empty when the sign-in fails (counted like a page sign-in). */
    @Transactional
    public Optional<Issued> issue(String username, String password) {
        Optional<SignIn.Caller> caller = signIn.check(username, password);
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        Account account = em.createQuery("select a from Account a where lower(a.username) = lower(:u)", Account.class)
                .setParameter("u", caller.get().name())
                .getSingleResult();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Duration lifetime = Duration.ofMinutes(settings.integer(KernelModule.API_TOKEN_MINUTES));
        Instant now = clock.instant();
        em.persist(new ApiToken(sha256(token), account.getId(), now, now.plus(lifetime)));
        return Optional.of(new Issued(token, lifetime.toSeconds(), caller.get()));
    }

    @Override
    @Transactional
    public Optional<AccessToken> signIn(String username, String password) {
        return issue(username, password)
                .map(t -> new AccessToken(
                        t.token(), t.expiresInSeconds(), t.caller().name()));
    }

    @Override
    @Transactional
    public void revoke(String token) {
        if (token != null && token.length() <= 100) {
            ApiToken stored = em.find(ApiToken.class, sha256(token));
            if (stored != null) {
                em.remove(stored);
            }
        }
    }

    /** The caller a token stands for, while it is valid and the account enabled. */
    public Optional<SignIn.Caller> verify(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        ApiToken stored = em.find(ApiToken.class, sha256(token));
        if (stored == null || stored.getExpiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, stored.getAccountId());
        if (account == null || !account.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(signIn.caller(account));
    }

    static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
