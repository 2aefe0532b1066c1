package vn.egov.signing.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Hashtable;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.egov.signing.custody.CustodySigner;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;

/**
 * Detached CMS signatures as PAdES baseline wants them (ETSI EN 319 142-1): signed attributes
 * content-type, message-digest and signing-certificate-v2, no signing-time attribute (the
 * claimed time goes in the PDF's /M entry), and for level B-T a signature time-stamp.
 */
final class CmsSignatures {
    private CmsSignatures() {}

    static byte[] sign(
            byte[] signedBytes,
            KeyCustody custody,
            String keyReference,
            List<X509Certificate> chain,
            TimeStamper timeStamper) {
        X509Certificate certificate = chain.get(0);
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            var signer = new CustodySigner(
                    custody, keyReference, KeyAlgorithm.signatureAlgorithmFor(certificate.getPublicKey()));
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(padesAttributes(certificate))
                            .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(chain));
            CMSSignedData data = generator.generate(new CMSProcessableByteArray(signedBytes), false);
            if (timeStamper != null) {
                data = withSignatureTimeStamp(data, timeStamper);
            }
            return data.getEncoded("DER");
        } catch (CMSException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new IllegalStateException("Cannot build the CMS signature", e);
        }
    }

    private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
            throws CertificateEncodingException {
        Attribute signingCertificate = new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {
                    new ESSCertIDv2(
                            sha256(certificate.getEncoded()),
                            new IssuerSerial(
                                    new GeneralNames(new GeneralName(X500Name.getInstance(
                                            certificate.getIssuerX500Principal().getEncoded()))),
                                    certificate.getSerialNumber()))
                })));
        return parameters -> {
            Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
            attributes.put(
                    CMSAttributes.contentType,
                    new Attribute(CMSAttributes.contentType, new DERSet((ASN1ObjectIdentifier)
                            parameters.get(CMSAttributeTableGenerator.CONTENT_TYPE))));
            attributes.put(
                    CMSAttributes.messageDigest,
                    new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString((byte[])
                            parameters.get(CMSAttributeTableGenerator.DIGEST)))));
            attributes.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate);
            return new AttributeTable(attributes);
        };
    }

    private static CMSSignedData withSignatureTimeStamp(CMSSignedData data, TimeStamper timeStamper)
            throws IOException {
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        byte[] token = timeStamper.timeStamp(sha256(signer.getSignature()));
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamped));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
