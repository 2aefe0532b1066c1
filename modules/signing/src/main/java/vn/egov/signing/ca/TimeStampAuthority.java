package vn.egov.signing.ca;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import vn.egov.signing.custody.CustodySigner;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;

/**
 * An RFC 3161 time-stamping authority with the built-in CA's time-stamping certificate. It
 * answers requests from the platform's signer (for PAdES B-T) and from outside clients over
 * HTTP alike.
 */
public final class TimeStampAuthority {
    /** The default TSA policy, under the platform's private arc; a province sets its registered OID. */
    public static final String DEFAULT_POLICY = "1.3.6.1.4.1.55555.1.3161";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyCustody custody;
    private final AuthorityKeys keys;
    private final Clock clock;
    private final ASN1ObjectIdentifier policy;

    /** @param policy the TSA policy OID stated in every token */
    public TimeStampAuthority(KeyCustody custody, AuthorityKeys keys, Clock clock, String policy) {
        this.custody = custody;
        this.keys = keys;
        this.clock = clock;
        this.policy = new ASN1ObjectIdentifier(policy.strip());
    }

    /**
     * A time-stamp token (DER) over a SHA-256 digest, for the platform's own signatures (PAdES
     * B-T); {@link #timeStamper()} wraps it for the signer.
     */
    public byte[] timeStamp(byte[] sha256Digest) {
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        try {
            return respond(request.generate(TSPAlgorithms.SHA256, sha256Digest))
                    .getTimeStampToken()
                    .getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot encode the time-stamp", e);
        }
    }

    /**
     * This authority as a signer's time-stamper, reserving room for exactly what its tokens hold:
     * its own and the issuing CA's certificates, and 2 KB for the rest.
     */
    public vn.egov.signing.pdf.TimeStamper timeStamper() {
        int room;
        try {
            room = keys.timeStamping().getEncoded().length + keys.issuing().getEncoded().length + 2_048;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return new vn.egov.signing.pdf.TimeStamper() {
            @Override
            public byte[] timeStamp(byte[] sha256Digest) {
                return TimeStampAuthority.this.timeStamp(sha256Digest);
            }

            @Override
            public int tokenRoom() {
                return room;
            }
        };
    }

    /** Answers an RFC 3161 request; a request with an unaccepted hash algorithm gets a rejection. */
    public TimeStampResponse respond(TimeStampRequest request) {
        try {
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .build(
                            new CustodySigner(
                                    custody,
                                    keys.timeStampingKey(),
                                    KeyAlgorithm.signatureAlgorithmFor(
                                            keys.timeStamping().getPublicKey())),
                            keys.timeStamping());
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    signerInfo,
                    new JcaDigestCalculatorProviderBuilder()
                            .build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    policy);
            tokens.addCertificates(new JcaCertStore(List.of(keys.timeStamping(), keys.issuing())));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            return responses.generate(request, new BigInteger(63, RANDOM), Date.from(clock.instant()));
        } catch (TSPException
                | java.security.cert.CertificateEncodingException
                | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("Cannot issue a time-stamp", e);
        }
    }
}
