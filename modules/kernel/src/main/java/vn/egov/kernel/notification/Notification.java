package vn.egov.kernel.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import vn.egov.kernel.api.Notifications.Channel;

/** A message waiting in (or sent from) the outbox. */
@Entity
@Table(name = "notification", schema = "kernel")
public class Notification {
    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    static final int MAX_ATTEMPTS = 5;

    @Id
    @SequenceGenerator(
            name = "notification_id",
            schema = "kernel",
            sequenceName = "notification_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String recipient;
    private String subject;
    private String body;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected Notification() {}

    public Notification(Channel channel, String recipient, String subject, String body, OffsetDateTime createdAt) {
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    void sent(OffsetDateTime at) {
        attempts++;
        status = Status.SENT;
        sentAt = at;
        lastError = null;
    }

    void failed(String error) {
        attempts++;
        lastError = error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }
}
