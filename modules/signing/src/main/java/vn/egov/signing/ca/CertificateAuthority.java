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
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
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
 */
public final class CertificateAuthority {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration ROOT_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration ISSUING_VALIDITY = Duration.ofDays(10 * 365);
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);

    private final KeyCustody custody;
    private final AuthorityKeys keys;
    private final Clock clock;
    private final String crlUrl;

    /**
     * @param crlUrl where the issuing CA's revocation list is published, named in every holder's
     *               certificate; NSS (and so poppler's pdfsig) trusts the later signatures of a
     *               file signed twice only when the certificate names one
     */
    public CertificateAuthority(KeyCustody custody, AuthorityKeys keys, Clock clock, String crlUrl) {
        this.custody = custody;
        this.keys = keys;
        this.clock = clock;
        this.crlUrl = crlUrl;
    }

    /** Creates a new root, issuing CA and time-stamping unit for the named province or organisation. */
    public static AuthorityKeys establish(KeyCustody custody, String organisation, Clock clock) {
        KeyPair rootPair = custody.generate(KeyAlgorithm.RSA_2048);
        X500Name rootName = caName("CA gốc " + organisation, organisation);
        Instant now = clock.instant();
        X509Certificate root = build(custody, null, rootPair.getPublic(), rootName, rootName, now, ROOT_VALIDITY,
            rootPair, b -> {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            });
        String rootKey = custody.keep(rootPair.getPrivate(), "ca-root", List.of(root));

        KeyPair issuingPair = custody.generate(KeyAlgorithm.RSA_2048);
        X509Certificate issuing = build(custody, rootKey, issuingPair.getPublic(), rootName,
            caName("CA cấp phát " + organisation, organisation), now, ISSUING_VALIDITY, null, b -> {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                b.addExtension(Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(root));
            });
        String issuingKey = custody.keep(issuingPair.getPrivate(), "ca-issuing", List.of(issuing, root));

        KeyPair tsaPair = custody.generate(KeyAlgorithm.RSA_2048);
        X509Certificate tsa = build(custody, issuingKey, tsaPair.getPublic(), X500Name.getInstance(issuing.getSubjectX500Principal().getEncoded()),
            caName("Dịch vụ cấp dấu thời gian " + organisation, organisation), now, ISSUING_VALIDITY, null, b -> {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                b.addExtension(Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(issuing));
            });
        String tsaKey = custody.keep(tsaPair.getPrivate(), "ca-tsa", List.of(tsa, issuing, root));
        return new AuthorityKeys(root, rootKey, issuing, issuingKey, tsa, tsaKey);
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
        return build(custody, keys.issuingKey(), key, X500Name.getInstance(keys.issuing().getSubjectX500Principal().getEncoded()),
            subject, clock.instant(), validity, null, b -> {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                if (crlUrl != null) {
                    b.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(crlUrl));
                }
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                b.addExtension(Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(keys.issuing()));
            });
    }

    /**
     * The issuing CA's certificate revocation list.
     *
     * @param revoked serial numbers with the time each was revoked
     * @param number  the CRL's sequence number, increasing with each list
     */
    public X509CRL revocationList(Map<BigInteger, Instant> revoked, long number) {
        Instant now = clock.instant();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
            X500Name.getInstance(keys.issuing().getSubjectX500Principal().getEncoded()), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
        revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.unspecified));
        try {
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(keys.issuing()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            var signer = new CustodySigner(custody, keys.issuingKey(), KeyAlgorithm.signatureAlgorithmFor(keys.issuing().getPublicKey()));
            return new JcaX509CRLConverter().getCRL(builder.build(signer));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot build the CRL", e);
        }
    }

    private static CRLDistPoint distributionPoint(String url) {
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(
            new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url))), null, null)});
    }

    static X500Name holderName(Holder holder) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (holder.organisation() != null && !holder.organisation().isBlank()) {
            name.addRDN(BCStyle.O, holder.organisation());
        }
        name.addRDN(BCStyle.CN, holder.commonName());
        if (holder.identifier() != null && !holder.identifier().isBlank()) {
            name.addRDN(BCStyle.UID, holder.identifier());
        }
        return name.build();
    }

    private static X500Name caName(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
            .addRDN(BCStyle.CN, commonName).build();
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException, GeneralSecurityException;
    }

    /** Builds a certificate signed with the issuer's key in custody, or self-signed with {@code selfSigned}. */
    private static X509Certificate build(KeyCustody custody, String issuerKey, PublicKey subjectKey, X500Name issuer,
                                         X500Name subject, Instant from, Duration validity, KeyPair selfSigned,
                                         Extensions extensions) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM).setBit(126),
                Date.from(from.minus(Duration.ofMinutes(5))), Date.from(from.plus(validity)), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(subjectKey));
            extensions.add(builder);
            var signer = selfSigned != null
                ? CustodySigner.withNewKey(custody, selfSigned.getPrivate(), KeyAlgorithm.signatureAlgorithmFor(subjectKey))
                : new CustodySigner(custody, issuerKey, "SHA256withRSA");
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
