package vn.egov.kernel.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Notifications;

/** Writes messages to the outbox table. */
@ApplicationScoped
public class NotificationOutbox implements Notifications {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Override
    @Transactional
    public void send(Channel channel, String recipient, String subject, String body) {
        if (recipient == null || recipient.isBlank()) {
            throw KernelRefusal.invalidField("recipient", "notification.recipientRequired");
        }
        // an SMS has no subject line; the outbox keeps an empty one
        String shortSubject = subject == null ? "" : subject.length() > 250 ? subject.substring(0, 250) : subject;
        em.persist(
                new Notification(channel, recipient.trim(), shortSubject, body, java.time.OffsetDateTime.now(clock)));
    }
}
