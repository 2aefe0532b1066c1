package vn.egov.kernel.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends pending messages every 30 seconds. A failure is kept with its error and retried, up
 * to {@link Notification#MAX_ATTEMPTS}; SMS has no adapter yet, so SMS messages are logged.
 * Every server of a cluster runs this: each claims the messages it sends by locking their rows
 * ({@code for update skip locked}), so two dispatchers at once never send one message twice.
 */
@Singleton
public class NotificationDispatcher {
    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

    @Inject
    Clock clock;

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
        List<Notification> pending = claim(em, max);
        int sent = 0;
        for (Notification n : pending) {
            try {
                if (n.getChannel() == vn.egov.kernel.api.Notifications.Channel.EMAIL) {
                    mail.send(n.getRecipient(), n.getSubject(), n.getBody());
                } else {
                    LOG.info(() -> "[SMS adapter not configured, logged only] to=" + n.getRecipient());
                }
                n.sent(java.time.OffsetDateTime.now(clock));
                sent++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Sending notification " + n.getId() + " failed", e);
                n.failed(e.getMessage());
            }
        }
        return sent;
    }

    /** Locks up to {@code max} pending messages no other transaction holds, for this one to send. */
    static List<Notification> claim(EntityManager em, int max) {
        List<?> ids = em.createNativeQuery("select id from kernel.notification where status = 'PENDING' order by id"
                        + " limit ?1 for update skip locked")
                .setParameter(1, max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.id in :ids order by n.id", Notification.class)
                .setParameter(
                        "ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }
}
