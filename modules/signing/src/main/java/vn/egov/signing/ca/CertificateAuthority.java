package vn.egov.signing.ca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import vn.egov.signing.custody.CustodySigner;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;

/**
 * The platform's own certificate authority, for the embedded default and tests: it issues
 * holders' certificates with Vietnamese names in UTF-8, revokes them through CRLs and certifies
 * the time-stamping unit. Its keys stay in the {@link KeyCustody} like every other key.
 *
 * <p>Every certificate below the root says where its issuer's revocation list and certificate
 * are published (CRL distribution point, authority information access): the issuing CA's CRL
 * for holders and the time-stamping unit, the root's own list of revoked CAs (an ARL) for the
 * issuing CA. A validator that trusts only the root can so check the whole chain, online or
 * from the copies a long-term signature carries.
 */
public final class CertificateAuthority {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration ISSUING_VALIDITY = Duration.ofDays(10 * 365);
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);

    private final KeyCustody custody;
    private final AuthorityKeys keys;
    private final Clock clock;
    private final Profile profile;

    /**
     * Where the CA publishes, and the policy its certificates name.
     *
     * @param issuingCrl         the issuing CA's CRL, named in holders' and the time-stamping unit's
     *                           certificates (NSS, and so poppler's pdfsig, trusts the later signatures
     *                           of a file signed twice only when the certificate names one)
     * @param issuingCertificate the issuing CA's certificate (DER), for their authority information access
     * @param rootCrl            the root's list of revoked CAs, named in the issuing CA's certificate
     * @param rootCertificate    the root certificate (DER), for the issuing CA's authority information access
     * @param certificatePolicy  the OID of the certificate policy every certificate below the root names
     */
    public record Profile(
            String issuingCrl,
            String issuingCertificate,
            String rootCrl,
            String rootCertificate,
            String certificatePolicy) {
        /** The default policy, under the platform's private arc; a province sets its registered OID. */
        public static final String DEFAULT_POLICY = "1.3.6.1.4.1.55555.1.1";

        /** The four addresses under one base, as the platform's API publishes them ({@code .../api/v1/signing/}). */
        public static Profile under(String base, String certificatePolicy) {
            String root = base.endsWith("/") ? base : base + "/";
            return new Profile(root + "crl", root + "issuing.cer", root + "arl", root + "ca.cer", certificatePolicy);
        }
    }

    public CertificateAuthority(KeyCustody custody, AuthorityKeys keys, Clock clock, Profile profile) {
        this.custody = custody;
        this.keys = keys;
        this.clock = clock;
        this.profile = profile;
    }

    /**
     * Creates a new root and issuing CA (RSA-3072: they outlive 2030) and a time-stamping unit
     * (ECDSA P-256, fast for every signature) for the named province or organisation.
     */
    public static AuthorityKeys establish(KeyCustody custody, String organisation, Clock clock, Profile profile) {
        KeyPair rootPair = custody.generate(KeyAlgorithm.RSA_3072);
        X500Name rootName = caName("CA gốc " + organisation, organisation);
        Instant now = clock.instant();
        X509Certificate root = build(
                custody, null, null, rootPair.getPublic(), rootName, rootName, now, ROOT_VALIDITY, rootPair, b -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                });
        String rootKey = custody.keep(rootPair.getPrivate(), "ca-root", List.of(root));

        KeyPair issuingPair = custody.generate(KeyAlgorithm.RSA_3072);
        X509Certificate issuing = issuingCertificate(
                custody,
                root,
                rootKey,
                issuingPair.getPublic(),
                caName("CA cấp phát " + organisation, organisation),
                now,
                profile);
        String issuingKey = custody.keep(issuingPair.getPrivate(), "ca-issuing", List.of(issuing, root));

        KeyPair tsaPair = custody.generate(KeyAlgorithm.EC_P256);
        X509Certificate tsa = timeStampingCertificate(
                custody,
                issuing,
                issuingKey,
                tsaPair.getPublic(),
                caName("Dịch vụ cấp dấu thời gian " + organisation, organisation),
                now,
                profile);
        String tsaKey = custody.keep(tsaPair.getPrivate(), "ca-tsa", List.of(tsa, issuing, root));
        return new AuthorityKeys(root, rootKey, issuing, issuingKey, tsa, tsaKey);
    }

    /**
     * Whether a CA established before publication points were named still lacks them: such an
     * issuing CA or time-stamping certificate leaves validators without a way to check its status.
     */
    public static boolean lacksPublication(AuthorityKeys keys) {
        return keys.issuing().getExtensionValue(Extension.cRLDistributionPoints.getId()) == null
                || keys.timeStamping().getExtensionValue(Extension.cRLDistributionPoints.getId()) == null;
    }

    /**
     * New certificates for the same issuing CA and time-stamping keys and names, with where their
     * issuers publish: certificates issued before stay valid (same issuer name and key identifier).
     */
    public AuthorityKeys recertified() {
        Instant now = clock.instant();
        X509Certificate issuing = issuingCertificate(
                custody,
                keys.root(),
                keys.rootKey(),
                keys.issuing().getPublicKey(),
                X500Name.getInstance(keys.issuing().getSubjectX500Principal().getEncoded()),
                now,
                profile);
        X509Certificate tsa = timeStampingCertificate(
                custody,
                issuing,
                keys.issuingKey(),
                keys.timeStamping().getPublicKey(),
                X500Name.getInstance(
                        keys.timeStamping().getSubjectX500Principal().getEncoded()),
                now,
                profile);
        return new AuthorityKeys(keys.root(), keys.rootKey(), issuing, keys.issuingKey(), tsa, keys.timeStampingKey());
    }

    /**
     * A new time-stamping key and certificate under the issuing CA, for when the current one
     * nears its end: renewed document time-stamps must come from a certificate that outlives them.
     */
    public AuthorityKeys withNewTimeStampingUnit() {
        KeyPair pair = custody.generate(KeyAlgorithm.EC_P256);
        X509Certificate tsa = timeStampingCertificate(
                custody,
                keys.issuing(),
                keys.issuingKey(),
                pair.getPublic(),
                X500Name.getInstance(
                        keys.timeStamping().getSubjectX500Principal().getEncoded()),
                clock.instant(),
                profile);
        String key = custody.keep(pair.getPrivate(), "ca-tsa", List.of(tsa, keys.issuing(), keys.root()));
        return new AuthorityKeys(keys.root(), keys.rootKey(), keys.issuing(), keys.issuingKey(), tsa, key);
    }

    private static X509Certificate issuingCertificate(
            KeyCustody custody,
            X509Certificate root,
            String rootKey,
            PublicKey key,
            X500Name subject,
            Instant now,
            Profile profile) {
        return build(
                custody,
                rootKey,
                root.getPublicKey(),
                key,
                X500Name.getInstance(root.getSubjectX500Principal().getEncoded()),
                subject,
                now,
                ISSUING_VALIDITY,
                null,
                b -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                    b.addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions().createAuthorityKeyIdentifier(root));
                    published(b, profile.rootCrl(), profile.rootCertificate(), profile.certificatePolicy());
                });
    }

    private static X509Certificate timeStampingCertificate(
            KeyCustody custody,
            X509Certificate issuing,
            String issuingKey,
            PublicKey key,
            X500Name subject,
            Instant now,
            Profile profile) {
        return build(
                custody,
                issuingKey,
                issuing.getPublicKey(),
                key,
                X500Name.getInstance(issuing.getSubjectX500Principal().getEncoded()),
                subject,
                now,
                ISSUING_VALIDITY,
                null,
                b -> {
                    b.addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    b.addExtension(
                            Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                    b.addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions().createAuthorityKeyIdentifier(issuing));
                    published(b, profile.issuingCrl(), profile.issuingCertificate(), profile.certificatePolicy());
                });
    }

    /** Where the issuer's CRL and certificate are, and the certificate policy. */
    private static void published(X509v3CertificateBuilder builder, String crl, String issuerCertificate, String policy)
            throws CertIOException {
        if (crl != null) {
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(crl));
        }
        if (issuerCertificate != null) {
            builder.addExtension(
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(
                            AccessDescription.id_ad_caIssuers,
                            new GeneralName(GeneralName.uniformResourceIdentifier, issuerCertificate)));
        }
        if (policy != null && !policy.isBlank()) {
            builder.addExtension(
                    Extension.certificatePolicies,
                    false,
                    new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(policy.strip()))));
        }
    }

    public AuthorityKeys keys() {
        return keys;
    }

    /** The chain of a certificate this CA issued: the certificate, the issuing CA, then the root. */
    public List<X509Certificate> chainOf(X509Certificate holder) {
        return List.of(holder, keys.issuing(), keys.root());
    }

    /** Issues a signing certificate for a holder's public key. */
    public X509Certificate issue(Holder holder, PublicKey key, Duration validity) {
        X500Name subject = holderName(holder);
        return build(
                custody,
                keys.issuingKey(),
                keys.issuing().getPublicKey(),
                key,
                X500Name.getInstance(keys.issuing().getSubjectX500Principal().getEncoded()),
                subject,
                clock.instant(),
                validity,
                null,
                b -> {
                    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    published(b, profile.issuingCrl(), profile.issuingCertificate(), profile.certificatePolicy());
                    b.addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    b.addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions().createAuthorityKeyIdentifier(keys.issuing()));
                });
    }

    /**
     * The issuing CA's certificate revocation list.
     *
     * @param revoked serial numbers with the time each was revoked
     * @param number  the CRL's sequence number, increasing with each list
     */
    public X509CRL revocationList(Map<BigInteger, Instant> revoked, long number) {
        return crl(keys.issuing(), keys.issuingKey(), revoked, number);
    }

    /**
     * The root's authority revocation list: the CAs under the root that it revoked (none, unless
     * the issuing CA's key was compromised), so validators can check the issuing CA too.
     */
    public X509CRL authorityRevocationList(Map<BigInteger, Instant> revoked, long number) {
        return crl(keys.root(), keys.rootKey(), revoked, number);
    }

    private X509CRL crl(X509Certificate issuer, String issuerKey, Map<BigInteger, Instant> revoked, long number) {
        Instant now = clock.instant();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
        revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.unspecified));
        try {
            builder.addExtension(
                    Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(issuer));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            var signer =
                    new CustodySigner(custody, issuerKey, KeyAlgorithm.signatureAlgorithmFor(issuer.getPublicKey()));
            return new JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot build the CRL", e);
        }
    }

    private static CRLDistPoint distributionPoint(String url) {
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(
                    new DistributionPointName(
                            new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url))),
                    null,
                    null)
        });
    }

    static X500Name holderName(Holder holder) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (holder.organisation() != null && !holder.organisation().isBlank()) {
            name.addRDN(BCStyle.O, holder.organisation());
        }
        name.addRDN(BCStyle.CN, holder.commonName());
        if (holder.title() != null && !holder.title().isBlank()) {
            name.addRDN(BCStyle.T, holder.title());
        }
        if (holder.identifier() != null && !holder.identifier().isBlank()) {
            name.addRDN(BCStyle.UID, holder.identifier());
        }
        return name.build();
    }

    private static X500Name caName(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException, GeneralSecurityException;
    }

    /** Builds a certificate signed with the issuer's key in custody, or self-signed with {@code selfSigned}. */
    private static X509Certificate build(
            KeyCustody custody,
            String issuerKey,
            PublicKey issuerPublicKey,
            PublicKey subjectKey,
            X500Name issuer,
            X500Name subject,
            Instant from,
            Duration validity,
            KeyPair selfSigned,
            Extensions extensions) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    issuer,
                    new BigInteger(127, RANDOM).setBit(126),
                    Date.from(from.minus(Duration.ofMinutes(5))),
                    Date.from(from.plus(validity)),
                    subject,
                    subjectKey);
            builder.addExtension(
                    Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(subjectKey));
            extensions.add(builder);
            var signer = selfSigned != null
                    ? CustodySigner.withNewKey(
                            custody, selfSigned.getPrivate(), KeyAlgorithm.signatureAlgorithmFor(subjectKey))
                    : new CustodySigner(custody, issuerKey, KeyAlgorithm.signatureAlgorithmFor(issuerPublicKey));
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot build the certificate for " + subject, e);
        }
    }

    private static JcaX509ExtensionUtils extensions() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
