package vn.egov.signing.pdf;

import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/** Finds the certificate a CMS signer names and checks the signature value and digest with it. */
final class SignerCertificates {
    private SignerCertificates() {}

    static X509Certificate find(SignerInformation signer, List<X509Certificate> certificates) {
        for (X509Certificate certificate : certificates) {
            try {
                if (signer.getSID().match(new JcaX509CertificateHolder(certificate))) {
                    return certificate;
                }
            } catch (java.security.cert.CertificateEncodingException e) {
                // not this one
            }
        }
        return null;
    }

    /** True when the signed attributes match the content and the signature value is correct. */
    static boolean verifies(SignerInformation signer, X509Certificate certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException e) {
            return false;
        }
    }
}
