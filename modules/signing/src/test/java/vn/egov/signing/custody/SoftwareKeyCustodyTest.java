package vn.egov.signing.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftwareKeyCustodyTest {
    static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    final byte[] data = "Hồ sơ 000.00.01.H04-261125-0001".getBytes(StandardCharsets.UTF_8);

    @Test
    void aKeptKeySignsByReferenceAndTheReferenceHoldsNoClearKey() throws Exception {
        SoftwareKeyCustody custody = SoftwareKeyCustody.withSecret(SECRET);
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            var pair = custody.generate(algorithm);
            String reference = custody.keep(pair.getPrivate(), "officer", List.of());
            byte[] signature = custody.sign(reference, algorithm.signatureAlgorithm(), data);

            Signature verifier = Signature.getInstance(algorithm.signatureAlgorithm());
            verifier.initVerify(pair.getPublic());
            verifier.update(data);
            assertTrue(verifier.verify(signature), algorithm.name());
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(data);
            verifier.initVerify(pair.getPublic());
            verifier.update(data);
            assertTrue(
                    verifier.verify(custody.signDigest(reference, algorithm.family(), digest)),
                    "a digest signed elsewhere verifies over the data: " + algorithm.name());
            assertThrows(CustodyFailure.class, () -> custody.signDigest(reference, algorithm.family(), new byte[20]));
            String clear = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            assertFalse(reference.contains(clear.substring(40, 80)), "the PKCS#8 bytes are not in the reference");
        }
    }

    @Test
    void anotherMasterKeyCannotOpenTheKey() {
        var custody = SoftwareKeyCustody.withSecret(SECRET);
        String reference = custody.keep(custody.generate(KeyAlgorithm.EC_P256).getPrivate(), "x", List.of());
        var other = SoftwareKeyCustody.withSecret("một cụm mật khẩu đủ dài cho khóa chủ");
        assertThrows(CustodyFailure.class, () -> other.sign(reference, "SHA256withECDSA", data));
    }

    @Test
    void aChangedReferenceIsRefusedNotMisused() {
        var custody = SoftwareKeyCustody.withSecret(SECRET);
        String reference = custody.keep(custody.generate(KeyAlgorithm.EC_P256).getPrivate(), "x", List.of());
        char last = reference.charAt(reference.length() - 3);
        String tampered = reference.substring(0, reference.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + reference.substring(reference.length() - 2);
        assertThrows(CustodyFailure.class, () -> custody.sign(tampered, "SHA256withECDSA", data));
        assertThrows(CustodyFailure.class, () -> custody.sign("pkcs11:other", "SHA256withECDSA", data));
        assertThrows(CustodyFailure.class, () -> custody.sign("sw1:EC:không-phải-base64", "SHA256withECDSA", data));
        assertThrows(CustodyFailure.class, () -> custody.sign("sw1:EC:AAAA", "SHA256withECDSA", data));
    }

    @Test
    void aShortMasterKeyIsRefused() {
        var failure = assertThrows(CustodyFailure.class, () -> SoftwareKeyCustody.withSecret("ngắn"));
        assertEquals("The signing master key must be at least 16 characters long", failure.getMessage());
        assertThrows(CustodyFailure.class, () -> SoftwareKeyCustody.withSecret(null));
    }
}
