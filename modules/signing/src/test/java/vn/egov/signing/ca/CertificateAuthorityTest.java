package vn.egov.signing.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.SoftwareKeyCustody;

class CertificateAuthorityTest {
    static SoftwareKeyCustody custody;
    static final CertificateAuthority.Profile PROFILE = vn.egov.signing.pdf.TestPkiProfile.LOCAL;
    static CertificateAuthority authority;

    @BeforeAll
    static void establish() {
        custody = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(new byte[32]));
        authority = new CertificateAuthority(
                custody,
                CertificateAuthority.establish(custody, "UBND tỉnh Bắc Ninh", Clock.systemUTC(), PROFILE),
                Clock.systemUTC(),
                PROFILE);
    }

    @Test
    void theChainVerifiesFromHolderToRoot() throws Exception {
        var keys = authority.keys();
        keys.root().verify(keys.root().getPublicKey());
        keys.issuing().verify(keys.root().getPublicKey());
        keys.timeStamping().verify(keys.issuing().getPublicKey());
        assertEquals(1, keys.root().getBasicConstraints());
        assertEquals(0, keys.issuing().getBasicConstraints());
        assertTrue(keys.timeStamping().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.8"), "id-kp-timeStamping");

        var holder = authority.issue(
                new Holder(HolderKind.CITIZEN, "Đặng Thị Thu Hà", "CCCD:001203004567", null),
                custody.generate(KeyAlgorithm.EC_P256).getPublic(),
                Duration.ofDays(30));
        holder.verify(keys.issuing().getPublicKey());
        assertEquals(-1, holder.getBasicConstraints(), "not a CA");
        assertTrue(holder.getKeyUsage()[0] && holder.getKeyUsage()[1], "digital signature and non-repudiation");
        assertNotNull(holder.getExtensionValue("2.5.29.31"), "names its CRL distribution point");
    }

    @Test
    void vietnameseNamesAreEncodedAsUtf8Strings() throws Exception {
        var holder = authority.issue(
                new Holder(HolderKind.SEAL, "Sở Tài chính tỉnh Bắc Ninh", "MST:2300100000", "UBND tỉnh Bắc Ninh"),
                custody.generate(KeyAlgorithm.RSA_2048).getPublic(),
                Duration.ofDays(30));
        X500Name subject = X500Name.getInstance(holder.getSubjectX500Principal().getEncoded());
        var cn = subject.getRDNs(BCStyle.CN)[0].getFirst().getValue();
        assertTrue(cn instanceof ASN1UTF8String, "CN is a UTF8String, not a T61 or BMP string");
        assertEquals("Sở Tài chính tỉnh Bắc Ninh", ((ASN1UTF8String) cn).getString());
        assertEquals(
                "MST:2300100000",
                subject.getRDNs(BCStyle.UID)[0].getFirst().getValue().toString());
    }

    @Test
    void theRevocationListNamesRevokedCertificatesAndIsSignedByTheIssuingCa() throws Exception {
        var holder = authority.issue(
                new Holder(HolderKind.OFFICER, "Phạm Quốc Việt", null, "Sở Xây dựng"),
                custody.generate(KeyAlgorithm.EC_P256).getPublic(),
                Duration.ofDays(30));
        var crl = authority.revocationList(Map.of(holder.getSerialNumber(), Instant.now()), 7);
        crl.verify(authority.keys().issuing().getPublicKey());
        assertNotNull(crl.getRevokedCertificate(holder));
        assertNull(crl.getRevokedCertificate(BigInteger.ONE));
        assertTrue(crl.getNextUpdate().after(crl.getThisUpdate()));
    }

    @Test
    void everyCertificateBelowTheRootSaysWhereItsIssuerPublishesAndNamesThePolicy() throws Exception {
        var keys = authority.keys();
        assertEquals(
                3072,
                ((java.security.interfaces.RSAPublicKey) keys.root().getPublicKey())
                        .getModulus()
                        .bitLength(),
                "a root valid beyond 2030 is RSA-3072");
        assertEquals(java.util.List.of("http://127.0.0.1:8080/api/v1/signing/arl"), crlPoints(keys.issuing()));
        assertEquals(java.util.List.of("http://127.0.0.1:8080/api/v1/signing/ca.cer"), caIssuers(keys.issuing()));
        assertEquals(java.util.List.of("http://127.0.0.1:8080/api/v1/signing/crl"), crlPoints(keys.timeStamping()));
        assertEquals(
                java.util.List.of("http://127.0.0.1:8080/api/v1/signing/issuing.cer"), caIssuers(keys.timeStamping()));
        var leader = authority.issue(
                new Holder(HolderKind.LEADER, "Nguyễn Văn Hùng", null, "Sở Tư pháp", "Lãnh đạo"),
                custody.generate(KeyAlgorithm.EC_P256).getPublic(),
                Duration.ofDays(30));
        assertEquals(java.util.List.of("http://127.0.0.1:8080/api/v1/signing/crl"), crlPoints(leader));
        assertEquals(java.util.List.of("http://127.0.0.1:8080/api/v1/signing/issuing.cer"), caIssuers(leader));
        var policies = org.bouncycastle.asn1.x509.CertificatePolicies.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(leader.getExtensionValue("2.5.29.32"))
                        .getOctets());
        assertEquals(
                CertificateAuthority.Profile.DEFAULT_POLICY,
                policies.getPolicyInformation()[0].getPolicyIdentifier().getId());
        X500Name subject = X500Name.getInstance(leader.getSubjectX500Principal().getEncoded());
        assertEquals(
                "Lãnh đạo", subject.getRDNs(BCStyle.T)[0].getFirst().getValue().toString(), "a leader's title");
    }

    @Test
    void theRootSignsItsOwnListOfRevokedCas() throws Exception {
        var arl = authority.authorityRevocationList(Map.of(), 1);
        arl.verify(authority.keys().root().getPublicKey());
        assertEquals(authority.keys().root().getSubjectX500Principal(), arl.getIssuerX500Principal());
        assertNull(arl.getRevokedCertificate(authority.keys().issuing()));
    }

    @Test
    void aCaEstablishedWithoutPublicationPointsIsCertifiedAgainWithTheSameKeys() throws Exception {
        var old = authority.keys();
        var bare = new CertificateAuthority(
                        custody, old, Clock.systemUTC(), new CertificateAuthority.Profile(null, null, null, null, null))
                .recertified();
        assertTrue(CertificateAuthority.lacksPublication(bare));
        var renewed = new CertificateAuthority(custody, bare, Clock.systemUTC(), PROFILE).recertified();
        assertTrue(!CertificateAuthority.lacksPublication(renewed));
        assertEquals(old.issuing().getPublicKey(), renewed.issuing().getPublicKey());
        assertEquals(old.issuing().getSubjectX500Principal(), renewed.issuing().getSubjectX500Principal());
        // a holder certified under the first issuing certificate chains to the renewed one
        var holder = authority.issue(
                new Holder(HolderKind.CITIZEN, "Lý Thị Lan", null, null),
                custody.generate(KeyAlgorithm.EC_P256).getPublic(),
                Duration.ofDays(30));
        holder.verify(renewed.issuing().getPublicKey());
        var tsa = new CertificateAuthority(custody, renewed, Clock.systemUTC(), PROFILE).withNewTimeStampingUnit();
        assertTrue(
                !tsa.timeStamping().getPublicKey().equals(renewed.timeStamping().getPublicKey()), "a new key");
        tsa.timeStamping().verify(renewed.issuing().getPublicKey());
    }

    static java.util.List<String> crlPoints(java.security.cert.X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue("2.5.29.31");
        var points = org.bouncycastle.asn1.x509.CRLDistPoint.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(value).getOctets());
        return java.util.Arrays.stream(points.getDistributionPoints())
                .flatMap(p -> java.util.Arrays.stream(org.bouncycastle.asn1.x509.GeneralNames.getInstance(
                                p.getDistributionPoint().getName())
                        .getNames()))
                .map(n -> n.getName().toString())
                .toList();
    }

    static java.util.List<String> caIssuers(java.security.cert.X509Certificate certificate) {
        var access = org.bouncycastle.asn1.x509.AuthorityInformationAccess.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(certificate.getExtensionValue("1.3.6.1.5.5.7.1.1"))
                        .getOctets());
        return java.util.Arrays.stream(access.getAccessDescriptions())
                .map(d -> d.getAccessLocation().getName().toString())
                .toList();
    }

    @Test
    void aHolderNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new Holder(HolderKind.CITIZEN, " ", null, null));
    }
}
