package vn.egov.signing.pdf;

import vn.egov.signing.ca.CertificateAuthority;

/** The publication points test CAs name: the platform's API on the loopback address. */
public final class TestPkiProfile {
    public static final CertificateAuthority.Profile LOCAL = CertificateAuthority.Profile.under(
            "http://127.0.0.1:8080/api/v1/signing/", CertificateAuthority.Profile.DEFAULT_POLICY);

    private TestPkiProfile() {}
}
