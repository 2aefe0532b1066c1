package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.domain.Credential;
import vn.egov.signing.domain.SignatureActivation;

/**
 * Signing for outside clients (the Cloud Signature Consortium API): a signer lists and inspects
 * his own credentials, authorises a list of hashes with his second factor, and gets those hashes
 * signed. A credential of another account is refused and audited, as is every signature.
 */
@ApplicationScoped
public class RemoteSigning {
    /** How many hashes one authorisation may cover (CSC {@code multisign}). */
    public static final int MULTISIGN = 100;

    static final Duration SAD_LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    SigningAuthority authority;

    @Inject
    SecondFactors factors;

    @Inject
    AuditTrail audit;

    /** A refusal in the API's terms: CSC error code and a description for the client. */
    public static class Refused extends RuntimeException {
        private final String error;

        public Refused(String error, String description) {
            super(description);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** A credential as a client sees it: certificate chain, key type and whether it can sign now. */
    public record CredentialView(Credential credential, List<X509Certificate> chain, String status) {}

    /** The signature activation data for an authorised list of hashes. */
    public record Activation(String sad, long expiresInSeconds) {}

    /** The account's own credentials (people's, not agencies' seals), newest first. Refusals keep their audit entry. */
    @Transactional
    public List<Credential> credentialsOf(String username) {
        return entities.createQuery(
                        "select c from Credential c where c.username = :username and c.holderKind <> :seal "
                                + "order by c.id desc",
                        Credential.class)
                .setParameter("username", username)
                .setParameter("seal", HolderKind.SEAL)
                .getResultList();
    }

    /** One of the account's credentials with its chain; another's is refused and audited. */
    @Transactional(dontRollbackOn = Refused.class)
    public CredentialView view(String username, String credentialId) {
        Credential credential = own(username, credentialId, "credentials/info");
        X509Certificate certificate = SigningAuthority.certificate(credential.certificate());
        List<X509Certificate> chain = authority
                .authority()
                .map(ca -> authority.chainOf(credential, ca))
                .orElse(List.of(certificate));
        return new CredentialView(credential, chain, status(credential, certificate));
    }

    /**
     * Checks the second factor and returns a SAD for exactly these hashes with this credential.
     * A wrong code counts towards the lockout even though nothing is stored.
     */
    @Transactional(dontRollbackOn = {Refused.class, SecondFactors.CodeRefused.class})
    public Activation authorize(
            String username, String credentialId, List<String> hashes, int numSignatures, String code) {
        Credential credential = own(username, credentialId, "credentials/authorize");
        if (!credential.active()) {
            throw new Refused("invalid_request", "The credential is revoked");
        }
        List<String> digests = checkedHashes(hashes);
        if (numSignatures != digests.size() || numSignatures > MULTISIGN) {
            throw new Refused("invalid_request", "numSignatures must equal the number of hashes, at most " + MULTISIGN);
        }
        String factor = factors.check(username, code);
        Instant now = clock.instant();
        entities.createQuery("delete from SignatureActivation a where a.expiresAt < :now")
                .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String sad = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        entities.persist(
                new SignatureActivation(sadHash(sad), credential.id(), username, digests, now, now.plus(SAD_LIFETIME)));
        audit.record(
                "signing.authorized",
                "credential",
                credential.id(),
                digests.size() + " hash(es) authorised by " + factor + " for remote signing");
        return new Activation(sad, SAD_LIFETIME.toSeconds());
    }

    /**
     * Signs hashes a SAD authorised, each once; the signature algorithm must suit the key.
     *
     * @param signAlgorithm JCA family the client asked for ("EC" or "RSA"), checked against the key
     */
    @Transactional(dontRollbackOn = Refused.class)
    public List<byte[]> signHashes(
            String username, String credentialId, String sad, List<String> hashes, String signAlgorithm) {
        Credential credential = own(username, credentialId, "signatures/signHash");
        List<String> digests = checkedHashes(hashes);
        SignatureActivation activation = sad == null ? null : entities.find(SignatureActivation.class, sadHash(sad));
        if (activation == null || !activation.allows(username, credential.id(), digests, clock.instant())) {
            audit.record(
                    "signing.sad.refused",
                    "credential",
                    credential.id(),
                    "SAD unknown, expired, used or not for these hashes");
            throw new Refused("invalid_request", "SAD is not valid for these hashes");
        }
        if (!credential.active()) {
            throw new Refused("invalid_request", "The credential is revoked");
        }
        X509Certificate certificate = SigningAuthority.certificate(credential.certificate());
        String keyType = certificate.getPublicKey().getAlgorithm();
        if (!keyType.equals(signAlgorithm)) {
            throw new Refused("invalid_request", "Invalid parameter signAlgo: the key is " + keyType);
        }
        KeyCustody custody =
                authority.custody().orElseThrow(() -> new Refused("server_error", "Signing is not configured"));
        List<byte[]> signatures = new ArrayList<>();
        for (String hash : digests) {
            signatures.add(custody.signDigest(
                    credential.keyReference(), keyType, Base64.getDecoder().decode(hash)));
            audit.record(
                    "signing.signed",
                    "hash",
                    hexOf(hash),
                    "credential=" + credential.id()
                            + "; remote signature of a hash (CSC signHash); authorised by the SAD of credentials/authorize");
        }
        if (activation.spend(digests)) {
            entities.remove(activation);
        }
        return signatures;
    }

    private Credential own(String username, String credentialId, String operation) {
        Credential credential = null;
        try {
            credential =
                    credentialId == null ? null : entities.find(Credential.class, Long.valueOf(credentialId.strip()));
        } catch (NumberFormatException notANumber) {
            // refused below like an unknown credential
        }
        if (credential == null
                || credential.holderKind() == HolderKind.SEAL
                || !username.equals(credential.username())) {
            if (credential != null) {
                audit.record(
                        "signing.credential.refused",
                        "credential",
                        credential.id(),
                        operation + " by " + username
                                + ": the credential belongs to "
                                + (credential.username() != null
                                        ? credential.username()
                                        : "agency " + credential.agencyId()));
            }
            throw new Refused("invalid_request", "Invalid parameter credentialID");
        }
        return credential;
    }

    private static List<String> checkedHashes(List<String> hashes) {
        if (hashes == null || hashes.isEmpty()) {
            throw new Refused("invalid_request", "Missing (or invalid type) array parameter hashes");
        }
        List<String> normalised = new ArrayList<>();
        for (String hash : hashes) {
            byte[] digest;
            try {
                digest = Base64.getDecoder().decode(hash == null ? "" : hash.strip());
            } catch (IllegalArgumentException e) {
                throw new Refused("invalid_request", "Invalid Base64 hash string parameter");
            }
            if (digest.length != 32) {
                throw new Refused("invalid_request", "Invalid hash: a SHA-256 digest has 32 bytes");
            }
            normalised.add(Base64.getEncoder().encodeToString(digest));
        }
        return normalised;
    }

    private String status(Credential credential, X509Certificate certificate) {
        if (!credential.active()) {
            return "revoked";
        }
        return clock.instant().isAfter(certificate.getNotAfter().toInstant()) ? "expired" : "valid";
    }

    /** Only the SAD's SHA-256 is stored, so a copy of the table cannot sign. */
    private static String sadHash(String sad) {
        return Sha256.hex(sad.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String hexOf(String base64) {
        return java.util.HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
    }
}
