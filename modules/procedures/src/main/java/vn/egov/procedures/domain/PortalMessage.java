package vn.egov.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One message for the national public service portal, written in the transaction of the dossier
 * transition it tells: the whole dossier (DOSSIER) or a processing step (PROGRESS). Sent in id order
 * per dossier; its id is the idempotency key the receiver sees, so a resend is recognised.
 */
@Entity
@Table(name = "portal_message", schema = "procedures")
public class PortalMessage {
    @Id
    @SequenceGenerator(name = "portal_seq", schema = "procedures", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "dossier_code")
    private String dossierCode;

    private String kind;
    private String payload;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    private String state;
    private int attempts;

    @Column(name = "next_try_at")
    private OffsetDateTime nextTryAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected PortalMessage() {}

    public PortalMessage(long dossierId, String dossierCode, String kind, String payload, OffsetDateTime now) {
        this.dossierId = dossierId;
        this.dossierCode = dossierCode;
        this.kind = kind;
        this.payload = payload;
        this.createdAt = now;
        this.state = "PENDING";
        this.nextTryAt = now;
    }

    public void sent(OffsetDateTime at) {
        this.state = "SENT";
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** A failed try: tried again after {@code retryAt}; FAILED once it has failed often enough to need a look. */
    public void failed(String error, OffsetDateTime retryAt, boolean giveUpShown) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        this.nextTryAt = retryAt;
        this.state = giveUpShown ? "FAILED" : "PENDING";
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public String getKind() {
        return kind;
    }

    public String getPayload() {
        return payload;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextTryAt() {
        return nextTryAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
