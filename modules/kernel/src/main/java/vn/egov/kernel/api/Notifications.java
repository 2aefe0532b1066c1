package vn.egov.kernel.api;

/**
 * The notifications outbox. A message is written in the caller's transaction and sent later
 * by the dispatcher, so a rolled-back change sends nothing and a crash loses nothing.
 */
public interface Notifications {

    enum Channel {
        EMAIL,
        SMS
    }

    /** Queues a message; {@code subject} may be null for an SMS. */
    void send(Channel channel, String recipient, String subject, String body);
}
