package vn.egov.signing.pdf;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/** Reads and checks the signature time-stamp (PAdES B-T) in a CMS signer's unsigned attributes. */
final class SignatureTimeStamps {
    private SignatureTimeStamps() {}

    /** A time-stamp over the signature value: when, who issued it, and whether that authority is trusted. */
    record Found(Instant time, String authority, boolean trusted) {}

    interface Trust {
        boolean trusted(X509Certificate certificate, List<X509Certificate> others, Instant at);
    }

    /**
     * An RFC 3161 token as read: the time-stamping unit's certificate (named by the token's signer
     * id, among the token's certificates and any others given), those certificates, the time, and
     * whether the token imprints the stamped bytes and its signature verifies.
     */
    record Token(X509Certificate authority, List<X509Certificate> certificates, Instant time, boolean intact) {
        String authorityName() {
            return Names.commonName(authority.getSubjectX500Principal());
        }

        /** The token over these bytes, or null when its signer's certificate is nowhere to be found. */
        static Token read(TimeStampToken token, byte[] stamped, List<X509Certificate> others) throws Exception {
            byte[] expected = MessageDigest.getInstance(token.getTimeStampInfo()
                            .getHashAlgorithm()
                            .getAlgorithm()
                            .getId())
                    .digest(stamped);
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> certificates = new ArrayList<>();
            for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
                certificates.add(converter.getCertificate(holder));
            }
            certificates.addAll(others);
            for (X509Certificate certificate : certificates) {
                if (token.getSID().match(new X509CertificateHolder(certificate.getEncoded()))) {
                    boolean intact = MessageDigest.isEqual(
                            expected, token.getTimeStampInfo().getMessageImprintDigest());
                    try {
                        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                    } catch (org.bouncycastle.tsp.TSPException e) {
                        intact = false;
                    }
                    return new Token(
                            certificate,
                            certificates,
                            token.getTimeStampInfo().getGenTime().toInstant(),
                            intact);
                }
            }
            return null;
        }
    }

    /** The valid time-stamp over the signer's signature value, or null when there is none or it is broken. */
    static Found find(SignerInformation signer, Trust trust) {
        if (signer.getUnsignedAttributes() == null) {
            return null;
        }
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        try {
            Token token = Token.read(
                    new TimeStampToken(new CMSSignedData(attribute
                            .getAttrValues()
                            .getObjectAt(0)
                            .toASN1Primitive()
                            .getEncoded("DER"))),
                    signer.getSignature(),
                    List.of());
            if (token == null || !token.intact()) {
                return null;
            }
            return new Found(
                    token.time(),
                    token.authorityName(),
                    trust.trusted(token.authority(), token.certificates(), token.time()));
        } catch (Exception e) {
            // any defect in the token means there is no proven time; the signature itself is judged apart
            return null;
        }
    }
}
