package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The stored built-in certificate authority: its three certificates and the custody references
 * of their keys (sealed or in a token, never in clear). There is at most one.
 */
@Entity
@Table(name = "authority", schema = "signing")
public class AuthorityRecord {
    public static final short ID = 1;

    @Id
    private short id = ID;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    private String organisation;
    private String backend;

    @Column(name = "root_der")
    private byte[] root;

    @Column(name = "root_key")
    private String rootKey;

    @Column(name = "issuing_der")
    private byte[] issuing;

    @Column(name = "issuing_key")
    private String issuingKey;

    @Column(name = "tsa_der")
    private byte[] timeStamping;

    @Column(name = "tsa_key")
    private String timeStampingKey;

    @Column(name = "established_at")
    private OffsetDateTime establishedAt;

    protected AuthorityRecord() {}

    public AuthorityRecord(
            String organisation,
            String backend,
            byte[] root,
            String rootKey,
            byte[] issuing,
            String issuingKey,
            byte[] timeStamping,
            String timeStampingKey,
            Instant establishedAt) {
        this.organisation = organisation;
        this.backend = backend;
        this.root = root;
        this.rootKey = rootKey;
        this.issuing = issuing;
        this.issuingKey = issuingKey;
        this.timeStamping = timeStamping;
        this.timeStampingKey = timeStampingKey;
        this.establishedAt = establishedAt.atOffset(ZoneOffset.UTC);
    }

    public String organisation() {
        return organisation;
    }

    public String backend() {
        return backend;
    }

    public byte[] root() {
        return root;
    }

    public String rootKey() {
        return rootKey;
    }

    public byte[] issuing() {
        return issuing;
    }

    public String issuingKey() {
        return issuingKey;
    }

    public byte[] timeStamping() {
        return timeStamping;
    }

    public String timeStampingKey() {
        return timeStampingKey;
    }

    /** New certificates for the same issuing CA and time-stamping keys (see CertificateAuthority.recertified). */
    public void recertify(byte[] issuing, byte[] timeStamping) {
        this.issuing = issuing;
        this.timeStamping = timeStamping;
    }

    /** A new time-stamping key and certificate. */
    public void newTimeStampingUnit(byte[] timeStamping, String timeStampingKey) {
        this.timeStamping = timeStamping;
        this.timeStampingKey = timeStampingKey;
    }

    public Instant establishedAt() {
        return establishedAt.toInstant();
    }
}
