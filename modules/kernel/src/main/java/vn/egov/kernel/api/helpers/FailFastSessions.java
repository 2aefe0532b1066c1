package vn.egov.kernel.api.helpers;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Named by every module's persistence unit ({@code eclipselink.session.customizer}). EclipseLink
 * retries a query that lost its connection three times, five seconds apart; while the database is
 * down that holds every request for ten seconds before it fails anyway. The pool already hands out
 * only validated connections, so a failed query is failed at once, and the kernel answers it 503
 * with {@code Retry-After}.
 */
public class FailFastSessions implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
