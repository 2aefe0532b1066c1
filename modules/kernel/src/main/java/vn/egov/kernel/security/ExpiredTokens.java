package vn.egov.kernel.security;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.helpers.DatabaseLocks;

/**
 * Deletes API tokens past their expiry every hour: an expired token no longer opens the API, and
 * the table would otherwise keep every token a mobile app was ever given. Forgets, too, the
 * throttle counts of keys without failures for a day.
 */
@Singleton
public class ExpiredTokens {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purgeHourly() {
        purge(clock.instant());
    }

    /** Deletes the tokens that expired before {@code now} and answers how many there were. */
    public int purge(Instant now) {
        if (!DatabaseLocks.tryForTransaction(em, "kernel.expired-tokens")) {
            return 0; // another server purges now
        }
        int deleted = em.createQuery("delete from ApiToken t where t.expiresAt < :now")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        int forgotten = vn.egov.kernel.account.Throttle.forgetOld(em, now);
        if (forgotten > 0) {
            audit.recordAs(
                    "system",
                    "kernel.throttle.forgotten",
                    "throttle",
                    null,
                    forgotten + " key(s) without failures for a day");
        }
        if (deleted > 0) {
            audit.recordAs(
                    "system", "kernel.apiTokens.purged", "api_token", null, deleted + " expired token(s) deleted");
        }
        return deleted;
    }
}
