package vn.egov.signing.ca;

import java.security.cert.X509Certificate;

/**
 * The built-in certificate authority's certificates and the custody references of its keys:
 * a root that signs only the issuing CA, an issuing CA that signs holders' certificates and
 * CRLs, and a time-stamping unit certified by the issuing CA.
 */
public record AuthorityKeys(
        X509Certificate root,
        String rootKey,
        X509Certificate issuing,
        String issuingKey,
        X509Certificate timeStamping,
        String timeStampingKey) {}
