package vn.egov.kernel.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends pending messages every 30 seconds. A failure is kept with its error and retried, up
 * to {@link Notification#MAX_ATTEMPTS}; SMS has no adapter yet, so SMS messages are logged.
 */
@Singleton
public class NotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    MailSender mail;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void dispatchPending() {
        dispatch(50);
    }

    /** Sends up to {@code max} pending messages; returns how many were sent. */
    public int dispatch(int max) {
        List<Notification> pending = em.createQuery(
                "select n from Notification n where n.status = :s order by n.id", Notification.class)
            .setParameter("s", Notification.Status.PENDING).setMaxResults(max).getResultList();
        int sent = 0;
        for (Notification n : pending) {
            try {
                if (n.getChannel() == vn.egov.kernel.api.Notifications.Channel.EMAIL) {
                    mail.send(n.getRecipient(), n.getSubject(), n.getBody());
                } else {
                    LOG.info(() -> "[SMS adapter not configured, logged only] to=" + n.getRecipient());
                }
                n.sent();
                sent++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Sending notification " + n.getId() + " failed", e);
                n.failed(e.getMessage());
            }
        }
        return sent;
    }
}
