package vn.egov.signing.custody;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;

/** The PKCS#11 backend against a real token: SoftHSM2. */
class Pkcs11KeyCustodyTest {
    static SoftHsmToken token;
    static Pkcs11KeyCustody custody;
    static CertificateAuthority authority;
    final byte[] data = "Biên lai thu phí, lệ phí số 0000123".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void token() throws Exception {
        token = SoftHsmToken.shared();
        custody = token.open();
        authority = new CertificateAuthority(
                custody,
                CertificateAuthority.establish(
                        custody, "Tỉnh Bắc Ninh", Clock.systemUTC(), vn.egov.signing.pdf.TestPkiProfile.LOCAL),
                Clock.systemUTC(),
                vn.egov.signing.pdf.TestPkiProfile.LOCAL);
    }

    @Test
    void keysAreMadeInTheTokenAndNeverLeaveIt() throws Exception {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            var pair = custody.generate(algorithm);
            assertNull(pair.getPrivate().getEncoded(), "a token key has no encoding outside the token");
            List<X509Certificate> chain = chainFor(pair.getPublic(), "Nguyễn Thị Hồng Nhung");
            String reference = custody.keep(pair.getPrivate(), "officer", chain);
            assertTrue(reference.startsWith("p11:officer-"), reference);
            assertTrue(custody.holds(reference));

            assertTrue(
                    verifies(
                            pair.getPublic(), algorithm, custody.sign(reference, algorithm.signatureAlgorithm(), data)),
                    algorithm.name());
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            assertTrue(
                    verifies(pair.getPublic(), algorithm, custody.signDigest(reference, algorithm.family(), digest)),
                    "a digest signed in the token verifies over the data: " + algorithm.name());
        }
    }

    @Test
    void theCaItselfSignsFromTheToken() throws Exception {
        X509Certificate root = authority.keys().root();
        root.verify(root.getPublicKey());
        authority.keys().issuing().verify(root.getPublicKey());
        assertTrue(authority.keys().issuingKey().startsWith("p11:"));
        assertTrue(custody.holds(authority.keys().rootKey()));
    }

    @Test
    void anImportedKeyIsWrittenIntoTheTokenAndSignsThere() throws Exception {
        // as for a PKCS#12 import: a key made outside, handed to the token with its certificate
        var outside = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(new byte[32]))
                .generate(KeyAlgorithm.EC_P256);
        String reference =
                custody.keep(outside.getPrivate(), "imported", chainFor(outside.getPublic(), "Trần Văn Đức"));
        assertFalse(reference.contains(Base64.getEncoder()
                .encodeToString(outside.getPrivate().getEncoded())
                .substring(30)));
        assertTrue(
                verifies(outside.getPublic(), KeyAlgorithm.EC_P256, custody.sign(reference, "SHA256withECDSA", data)));
    }

    @Test
    void aDestroyedKeyCannotSignAgain() throws Exception {
        var pair = custody.generate(KeyAlgorithm.EC_P256);
        String reference = custody.keep(pair.getPrivate(), "leaving", chainFor(pair.getPublic(), "Lê Văn Tám"));
        custody.destroy(reference);
        assertFalse(custody.holds(reference));
        assertThrows(CustodyFailure.class, () -> custody.sign(reference, "SHA256withECDSA", data));
        assertThrows(CustodyFailure.class, () -> custody.sign("sw1:EC:AAAA", "SHA256withECDSA", data));
    }

    @Test
    void aWrongPinOrAnUnknownSlotIsRefusedClearly() throws Exception {
        SoftHsmToken untouched = SoftHsmToken.untouched();
        var wrongPin = assertThrows(
                CustodyFailure.class,
                () -> Pkcs11KeyCustody.open(SoftHsmToken.LIBRARY, untouched.slot, "0000".toCharArray()));
        assertTrue(wrongPin.getMessage().contains("slot " + untouched.slot), wrongPin.getMessage());
        var unknown = assertThrows(
                CustodyFailure.class,
                () -> Pkcs11KeyCustody.open(SoftHsmToken.LIBRARY, 987_654_321L, SoftHsmToken.PIN.toCharArray()));
        assertTrue(unknown.getMessage().contains("slot 987654321"), unknown.getMessage());
    }

    @Test
    void theRoutedCustodyKeepsNewKeysInTheTokenAndStillSignsWithOlderSoftwareKeys() throws Exception {
        var software = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(new byte[32]));
        var older = software.generate(KeyAlgorithm.EC_P256);
        String olderReference = software.keep(older.getPrivate(), "older", List.of());

        var routed = new RoutedKeyCustody(software, custody);
        assertTrue(routed.backend().equals(Pkcs11KeyCustody.BACKEND));
        var newer = routed.generate(KeyAlgorithm.EC_P256);
        String newerReference = routed.keep(newer.getPrivate(), "newer", chainFor(newer.getPublic(), "Phạm Thu Hà"));
        assertTrue(newerReference.startsWith(Pkcs11KeyCustody.PREFIX));
        assertTrue(verifies(
                older.getPublic(), KeyAlgorithm.EC_P256, routed.sign(olderReference, "SHA256withECDSA", data)));
        assertTrue(verifies(
                newer.getPublic(), KeyAlgorithm.EC_P256, routed.sign(newerReference, "SHA256withECDSA", data)));

        var withoutToken = new RoutedKeyCustody(software, null);
        var refused =
                assertThrows(CustodyFailure.class, () -> withoutToken.sign(newerReference, "SHA256withECDSA", data));
        assertTrue(refused.getMessage().contains("no token is configured"));
    }

    private static List<X509Certificate> chainFor(java.security.PublicKey key, String name) {
        X509Certificate certificate =
                authority.issue(new Holder(HolderKind.OFFICER, name, null, "Sở Tư pháp"), key, Duration.ofDays(30));
        return authority.chainOf(certificate);
    }

    private boolean verifies(java.security.PublicKey key, KeyAlgorithm algorithm, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance(algorithm.signatureAlgorithm());
        verifier.initVerify(key);
        verifier.update(data);
        return verifier.verify(signature);
    }
}
