package vn.egov.signing.pdf;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Reads single attributes (CN, UID) from a certificate's distinguished name. */
public final class Names {
    private Names() {}

    public static String commonName(X500Principal principal) {
        return attribute(principal, BCStyle.CN);
    }

    public static String uid(X500Principal principal) {
        return attribute(principal, BCStyle.UID);
    }

    private static String attribute(X500Principal principal, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(principal.getEncoded()).getRDNs(type);
        return rdns.length == 0
                ? null
                : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
