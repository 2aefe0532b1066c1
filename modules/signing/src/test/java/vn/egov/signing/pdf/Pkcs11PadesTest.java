package vn.egov.signing.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.signing.api.SignatureCheck;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.SoftHsmToken;

/** A PAdES B-T signature whose signer, CA and time-stamping keys all live in a SoftHSM2 token. */
class Pkcs11PadesTest {

    @Test
    void aSignatureMadeInTheTokenVerifiesAsTrustedWithItsTimeStamp() throws Exception {
        TestPki pki =
                new TestPki(SoftHsmToken.shared().open(), "Tỉnh Bắc Ninh", "Đặng Quốc Việt", KeyAlgorithm.RSA_2048);
        assertTrue(pki.signerKey.startsWith("p11:"));
        byte[] signed = new PadesSigner(pki.custody)
                .sign(
                        TestPki.onePagePdf("hsm"),
                        pki.signerKey,
                        pki.signerChain,
                        new SigningParameters(
                                "Đặng Quốc Việt",
                                "Ký kết quả",
                                "Bắc Ninh",
                                Instant.now(),
                                StampPlacement.lowerRight(1, 595)),
                        pki.timeStamper());

        var verifier = new PdfSignatureVerifier(
                List.of(pki.root()), List.of(pki.authority.revocationList(Map.of(), 1)), Clock.systemUTC());
        SignatureCheck check = verifier.verify(signed).signatures().get(0);
        assertTrue(check.valid());
        assertEquals(SignatureCheck.Trust.TRUSTED, check.trust());
        assertEquals("PAdES B-T", check.level());
        assertNotNull(check.timeStamp());
        assertEquals(SignatureCheck.Revocation.GOOD, check.revocation());
    }
}
