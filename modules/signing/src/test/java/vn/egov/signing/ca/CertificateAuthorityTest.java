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
    static CertificateAuthority authority;

    @BeforeAll
    static void establish() {
        custody = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(new byte[32]));
        authority = new CertificateAuthority(custody, CertificateAuthority.establish(custody, "UBND tỉnh Bắc Ninh",
            Clock.systemUTC()), Clock.systemUTC(), "http://127.0.0.1:8080/signing/crl");
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

        var holder = authority.issue(new Holder(HolderKind.CITIZEN, "Đặng Thị Thu Hà", "CCCD:001203004567", null),
            custody.generate(KeyAlgorithm.EC_P256).getPublic(), Duration.ofDays(30));
        holder.verify(keys.issuing().getPublicKey());
        assertEquals(-1, holder.getBasicConstraints(), "not a CA");
        assertTrue(holder.getKeyUsage()[0] && holder.getKeyUsage()[1], "digital signature and non-repudiation");
        assertNotNull(holder.getExtensionValue("2.5.29.31"), "names its CRL distribution point");
    }

    @Test
    void vietnameseNamesAreEncodedAsUtf8Strings() throws Exception {
        var holder = authority.issue(new Holder(HolderKind.SEAL, "Sở Tài chính tỉnh Bắc Ninh", "MST:2300100000",
            "UBND tỉnh Bắc Ninh"), custody.generate(KeyAlgorithm.RSA_2048).getPublic(), Duration.ofDays(30));
        X500Name subject = X500Name.getInstance(holder.getSubjectX500Principal().getEncoded());
        var cn = subject.getRDNs(BCStyle.CN)[0].getFirst().getValue();
        assertTrue(cn instanceof ASN1UTF8String, "CN is a UTF8String, not a T61 or BMP string");
        assertEquals("Sở Tài chính tỉnh Bắc Ninh", ((ASN1UTF8String) cn).getString());
        assertEquals("MST:2300100000", subject.getRDNs(BCStyle.UID)[0].getFirst().getValue().toString());
    }

    @Test
    void theRevocationListNamesRevokedCertificatesAndIsSignedByTheIssuingCa() throws Exception {
        var holder = authority.issue(new Holder(HolderKind.OFFICER, "Phạm Quốc Việt", null, "Sở Xây dựng"),
            custody.generate(KeyAlgorithm.EC_P256).getPublic(), Duration.ofDays(30));
        var crl = authority.revocationList(Map.of(holder.getSerialNumber(), Instant.now()), 7);
        crl.verify(authority.keys().issuing().getPublicKey());
        assertNotNull(crl.getRevokedCertificate(holder));
        assertNull(crl.getRevokedCertificate(BigInteger.ONE));
        assertTrue(crl.getNextUpdate().after(crl.getThisUpdate()));
    }

    @Test
    void aHolderNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> new Holder(HolderKind.CITIZEN, " ", null, null));
    }
}
