package vn.egov.signing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.egov.signing.ca.HolderKind;

/**
 * A signing credential: a certificate and the custody reference of its private key. A person's
 * credential belongs to his account and signs only with his second factor; an agency's seal
 * belongs to the agency and signs documents that policy allows without a person.
 */
@Entity
@Table(name = "credential", schema = "signing")
public class Credential {
    /** Whether a credential may still sign. */
    public enum Status {
        ACTIVE,
        REVOKED
    }

    @Id
    @SequenceGenerator(
            name = "credential_id",
            schema = "signing",
            sequenceName = "credential_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credential_id")
    private Long id;
    /** Optimistic lock: staff change this; a stale change is refused, not merged. */
    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind")
    private HolderKind holderKind;

    private String username;

    @Column(name = "agency_id")
    private Long agencyId;

    private String subject;
    private BigDecimal serial;
    private byte[] certificate;

    @Column(name = "key_ref")
    private String keyReference;

    private String backend;
    /** The chain of an imported credential (PkiPath); null for ours. */
    private byte[] chain;

    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    protected Credential() {}

    private Credential(
            HolderKind kind,
            String username,
            Long agencyId,
            String subject,
            BigDecimal serial,
            byte[] certificate,
            String keyReference,
            String backend,
            Instant issuedAt,
            String issuedBy) {
        this.holderKind = kind;
        this.username = username;
        this.agencyId = agencyId;
        this.subject = subject;
        this.serial = serial;
        this.certificate = certificate;
        this.keyReference = keyReference;
        this.backend = backend;
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.issuedBy = issuedBy;
    }

    public static Credential seal(
            Long agencyId,
            String subject,
            BigDecimal serial,
            byte[] certificate,
            String keyReference,
            String backend,
            Instant issuedAt,
            String issuedBy) {
        return new Credential(
                HolderKind.SEAL,
                null,
                agencyId,
                subject,
                serial,
                certificate,
                keyReference,
                backend,
                issuedAt,
                issuedBy);
    }

    public static Credential person(
            HolderKind kind,
            String username,
            String subject,
            BigDecimal serial,
            byte[] certificate,
            String keyReference,
            String backend,
            Instant issuedAt,
            String issuedBy) {
        if (kind == HolderKind.SEAL) {
            throw new IllegalArgumentException("A seal belongs to an agency, not an account");
        }
        return new Credential(
                kind, username, null, subject, serial, certificate, keyReference, backend, issuedAt, issuedBy);
    }

    public Long id() {
        return id;
    }

    public HolderKind holderKind() {
        return holderKind;
    }

    public String username() {
        return username;
    }

    public Long agencyId() {
        return agencyId;
    }

    public byte[] certificate() {
        return certificate;
    }

    public String keyReference() {
        return keyReference;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public Status status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public BigDecimal serial() {
        return serial;
    }

    public String backend() {
        return backend;
    }

    public Instant issuedAt() {
        return issuedAt.toInstant();
    }

    public String issuedBy() {
        return issuedBy;
    }

    public byte[] chain() {
        return chain;
    }

    /** An imported person's credential: a certificate from an outside CA with the chain it came with. */
    public static Credential imported(
            HolderKind kind,
            String username,
            String subject,
            BigDecimal serial,
            byte[] certificate,
            byte[] chain,
            String keyReference,
            String backend,
            Instant importedAt,
            String importedBy) {
        Credential credential =
                person(kind, username, subject, serial, certificate, keyReference, backend, importedAt, importedBy);
        credential.chain = chain;
        return credential;
    }

    /** Stops the credential signing; its certificate goes on the CRL (the caller records that). */
    public void revoke() {
        status = Status.REVOKED;
    }
}
