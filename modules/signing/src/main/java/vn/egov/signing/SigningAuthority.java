package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.ConfigKeys;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseLocks;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.signing.ca.AuthorityKeys;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.TimeStampAuthority;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.custody.Pkcs11KeyCustody;
import vn.egov.signing.custody.RoutedKeyCustody;
import vn.egov.signing.custody.SecretSeal;
import vn.egov.signing.custody.SoftwareKeyCustody;
import vn.egov.signing.domain.AuthorityRecord;
import vn.egov.signing.domain.RevocationRecord;
import vn.egov.signing.pdf.LongTermSignatures;
import vn.egov.signing.pdf.TimeStamper;

/**
 * The platform's built-in CA, loaded from its table or established on first use, and what
 * verification trusts: its root and the outside CAs admins imported. Signing needs the master
 * key ({@code platform.signing.masterKey}); without one the module still verifies.
 */
@ApplicationScoped
public class SigningAuthority {
    /** A time-stamping certificate this close to its end is replaced by a new key and certificate. */
    static final java.time.Duration TSA_RENEWAL = java.time.Duration.ofDays(2 * 365);

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGNING_MASTER_KEY)
    Optional<String> masterKey;

    @Inject
    PublicAddress address;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGNING_PKCS11_LIBRARY)
    Optional<String> pkcs11Library;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGNING_PKCS11_SLOT, defaultValue = ConfigKeys.SIGNING_PKCS11_SLOT_DEFAULT)
    long pkcs11Slot;

    @Inject
    @ConfigProperty(name = ConfigKeys.SIGNING_PKCS11_PIN)
    Optional<String> pkcs11Pin;

    @Inject
    TrustAnchors importedAnchors;

    private volatile KeyCustody custody;
    private volatile SecretSeal secrets;
    /** The last signed CRL; a new one is signed when it is 10 minutes old (revocations will clear it). */
    private volatile X509CRL crl;
    /** The last signed ARL, renewed like the CRL. */
    private volatile X509CRL arl;

    /** The custody of every key, or empty when no master key is configured. */
    public Optional<KeyCustody> custody() {
        if (custody == null) {
            unlock();
        }
        return Optional.ofNullable(custody);
    }

    /** The seal for small secrets (authenticator seeds), under the same master key; empty without one. */
    public Optional<SecretSeal> secrets() {
        if (secrets == null) {
            unlock(); // only until it is unlocked: verifications and sign-ins do not queue on the lock
        }
        return Optional.ofNullable(secrets);
    }

    /**
     * Derives the master key once, for the software keystore and the secrets, and logs into the
     * PKCS#11 token when one is configured: new keys then go into the token, while keys kept in
     * software before still sign. A token that cannot be opened stops signing with its reason
     * rather than quietly keeping new keys in software.
     */
    private synchronized void unlock() {
        if (custody == null && masterKey.filter(k -> !k.isBlank()).isPresent()) {
            SecretKey key = SoftwareKeyCustody.masterKey(masterKey.get().trim());
            Pkcs11KeyCustody token = pkcs11Library
                    .filter(l -> !l.isBlank())
                    .map(library -> Pkcs11KeyCustody.open(
                            library, pkcs11Slot, pkcs11Pin.orElse("").toCharArray()))
                    .orElse(null);
            secrets = new SecretSeal(key);
            custody = new RoutedKeyCustody(SoftwareKeyCustody.withKey(key), token);
        }
    }

    /**
     * The built-in CA, established (and audited) the first time it is needed. Establishing it, and
     * renewing its certificates, is decided by the database: the server that holds the advisory
     * lock does it, and the others, waiting on the lock, then read what it stored.
     */
    @Transactional
    public Optional<CertificateAuthority> authority() {
        Optional<KeyCustody> keys = custody();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        AuthorityRecord record = entities.find(AuthorityRecord.class, AuthorityRecord.ID);
        if (record == null || dueForChange(keysOf(record))) {
            DatabaseLocks.forTransaction(entities, List.of("signing.authority"));
            record = entities.find(AuthorityRecord.class, AuthorityRecord.ID);
            if (record != null) {
                entities.refresh(record);
            }
        }
        if (record == null) {
            String organisation = settings.text(SigningModule.ORGANISATION);
            AuthorityKeys established = CertificateAuthority.establish(keys.get(), organisation, clock, profile());
            try {
                record = new AuthorityRecord(
                        organisation,
                        keys.get().backend(),
                        established.root().getEncoded(),
                        established.rootKey(),
                        established.issuing().getEncoded(),
                        established.issuingKey(),
                        established.timeStamping().getEncoded(),
                        established.timeStampingKey(),
                        clock.instant());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            entities.persist(record);
            audit.record(
                    "signing.ca.established",
                    "authority",
                    AuthorityRecord.ID,
                    established.root().getSubjectX500Principal().getName());
        }
        CertificateAuthority ca = new CertificateAuthority(keys.get(), keysOf(record), clock, profile());
        if (CertificateAuthority.lacksPublication(ca.keys())) {
            // a CA established before its certificates named where their issuers publish: certify the same keys again
            AuthorityKeys renewed = ca.recertified();
            try {
                record.recertify(
                        renewed.issuing().getEncoded(), renewed.timeStamping().getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            audit.record(
                    "signing.ca.recertified",
                    "authority",
                    AuthorityRecord.ID,
                    "issuing CA and time-stamping unit certified again with CRL distribution points and authority information access");
            ca = new CertificateAuthority(keys.get(), renewed, clock, profile());
        }
        if (tsaDue(ca.keys())) {
            // time-stamps, renewed ones included, must come from a certificate that outlives them by years
            AuthorityKeys renewed = ca.withNewTimeStampingUnit();
            try {
                record.newTimeStampingUnit(renewed.timeStamping().getEncoded(), renewed.timeStampingKey());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            audit.record(
                    "signing.tsa.renewed",
                    "authority",
                    AuthorityRecord.ID,
                    "new time-stamping key, certificate serial "
                            + renewed.timeStamping().getSerialNumber().toString(16));
            ca = new CertificateAuthority(keys.get(), renewed, clock, profile());
        }
        return Optional.of(ca);
    }

    private boolean dueForChange(AuthorityKeys keys) {
        return CertificateAuthority.lacksPublication(keys) || tsaDue(keys);
    }

    private boolean tsaDue(AuthorityKeys keys) {
        return keys.timeStamping()
                .getNotAfter()
                .toInstant()
                .isBefore(clock.instant().plus(TSA_RENEWAL));
    }

    /** The built-in CA's certificates if it has been established; never establishes it (the admin screen reads this). */
    @Transactional
    public Optional<AuthorityKeys> established() {
        return Optional.ofNullable(entities.find(AuthorityRecord.class, AuthorityRecord.ID))
                .map(SigningAuthority::keysOf);
    }

    /** Where certificates say the CA publishes, and whether people outside this network can reach it. */
    public PublicAddress address() {
        return address;
    }

    /** A time-stamper from the built-in time-stamping unit of a CA in hand, stating the policy set. */
    public TimeStamper timeStamper(CertificateAuthority ca) {
        return new TimeStampAuthority(
                        custody().orElseThrow(), ca.keys(), clock, settings.text(SigningModule.TSA_POLICY))
                .timeStamper();
    }

    /** Where the CA publishes its lists and certificates (under the public address), and its policy. */
    CertificateAuthority.Profile profile() {
        return CertificateAuthority.Profile.under(
                address.of("api/v1/signing/"), settings.text(SigningModule.CERTIFICATE_POLICY));
    }

    /** Where the issuing CA's CRL is published; written into every certificate it issues. */
    public String crlUrl() {
        return profile().issuingCrl();
    }

    /**
     * What a long-term signature by this CA's holders embeds: the issuing CA, root and
     * time-stamping certificates, the issuing CA's CRL and the root's ARL.
     */
    public LongTermSignatures.ValidationMaterial validationMaterial(CertificateAuthority ca) {
        List<X509CRL> lists = new ArrayList<>();
        revocationList().ifPresent(lists::add);
        authorityRevocationList().ifPresent(lists::add);
        return new LongTermSignatures.ValidationMaterial(
                List.of(ca.keys().issuing(), ca.keys().root(), ca.keys().timeStamping()), lists);
    }

    /** The root's current list of revoked CAs (none so far: the platform has no way to revoke its issuing CA). */
    @Transactional
    public Optional<X509CRL> authorityRevocationList() {
        X509CRL current = arl;
        if (fresh(current)) {
            return Optional.of(current);
        }
        return authority().map(ca -> arl = ca.authorityRevocationList(Map.of(), next("signing.arl_number")));
    }

    /** The built-in root once read: it never changes once established (renewals certify the same root). */
    private volatile X509Certificate root;

    /** The built-in root (once established) and every imported anchor; no database read once both are known. */
    @Transactional
    public List<X509Certificate> trustAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        X509Certificate known = root;
        if (known == null) {
            AuthorityRecord record = entities.find(AuthorityRecord.class, AuthorityRecord.ID);
            if (record != null) {
                known = root = certificate(record.root());
            }
        }
        if (known != null) {
            anchors.add(known);
        }
        importedAnchors.certificates().forEach(der -> anchors.add(certificate(der)));
        return anchors;
    }

    /** A credential's chain: the one it was imported with, or our CA's for a certificate we issued. */
    public List<X509Certificate> chainOf(vn.egov.signing.domain.Credential credential, CertificateAuthority ca) {
        if (credential.chain() != null) {
            try {
                return CertificateFactory.getInstance("X.509")
                        .generateCertPath(new ByteArrayInputStream(credential.chain()), "PkiPath")
                        .getCertificates()
                        .stream()
                        .map(X509Certificate.class::cast)
                        .toList();
            } catch (CertificateException e) {
                throw new IllegalStateException("A stored chain cannot be read", e);
            }
        }
        return ca.chainOf(certificate(credential.certificate()));
    }

    /** Makes the next request sign a fresh CRL (after a revocation). */
    public void revocationsChanged() {
        crl = null;
    }

    /** The built-in CA's current revocation list, or empty when it cannot sign one. */
    @Transactional
    public Optional<X509CRL> revocationList() {
        X509CRL current = crl;
        if (fresh(current)) {
            return Optional.of(current);
        }
        return authority().map(ca -> {
            Map<java.math.BigInteger, java.time.Instant> revoked =
                    entities
                            .createQuery("select r from RevocationRecord r", RevocationRecord.class)
                            .getResultList()
                            .stream()
                            .collect(Collectors.toMap(r -> r.serial().toBigInteger(), RevocationRecord::revokedAt));
            return crl = ca.revocationList(revoked, next("signing.crl_number"));
        });
    }

    /** Whether a list this CA signed is less than 10 minutes old (its own thisUpdate says when). */
    private boolean fresh(X509CRL list) {
        return list != null
                && list.getThisUpdate().toInstant().isAfter(clock.instant().minus(java.time.Duration.ofMinutes(10)));
    }

    /** The next number of a list's sequence, so each list the CA signs has a higher one than the last. */
    private long next(String sequence) {
        return ((Number) entities.createNativeQuery("select nextval('" + sequence + "')")
                        .getSingleResult())
                .longValue();
    }

    private static AuthorityKeys keysOf(AuthorityRecord record) {
        return new AuthorityKeys(
                certificate(record.root()),
                record.rootKey(),
                certificate(record.issuing()),
                record.issuingKey(),
                certificate(record.timeStamping()),
                record.timeStampingKey());
    }

    static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("A stored certificate cannot be read", e);
        }
    }
}
