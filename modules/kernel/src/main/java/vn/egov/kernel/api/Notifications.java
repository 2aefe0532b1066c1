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

    /**
     * Tells a person by e-mail when he has an address, else by SMS (cut to {@code smsLength}
     * characters), else not at all; answers whether a message was queued.
     */
    default boolean tell(String email, String phone, String subject, String body, String sms, int smsLength) {
        if (email != null && !email.isBlank()) {
            send(Channel.EMAIL, email, subject, body);
            return true;
        }
        if (phone != null && !phone.isBlank()) {
            send(Channel.SMS, phone, null, sms.length() > smsLength ? sms.substring(0, smsLength - 3) + "..." : sms);
            return true;
        }
        return false;
    }
}
