package vn.egov.signing.custody;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.egov.signing.factor.QrCodes;

class SecretSealTest {
    final byte[] seed = "JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSealedSeedOpensOnlyForItsAccountAndMasterKey() {
        SecretSeal seal = new SecretSeal(SoftwareKeyCustody.masterKey("mot-khoa-chu-du-dai-2026"));
        String sealed = seal.seal(seed, "lanhdao");
        assertArrayEquals(seed, seal.open(sealed, "lanhdao"));
        assertNotEquals(sealed, seal.seal(seed, "lanhdao"), "a fresh nonce each time");
        assertThrows(CustodyFailure.class, () -> seal.open(sealed, "canbo"), "bound to the account");
        assertThrows(
                CustodyFailure.class,
                () -> new SecretSeal(SoftwareKeyCustody.masterKey("mot-khoa-chu-khac-2026")).open(sealed, "lanhdao"));
        assertThrows(CustodyFailure.class, () -> seal.open("không-phải-base64", "lanhdao"));
    }

    @Test
    void theEnrolmentQrCodeIsAnInlineSvg() {
        String svg = QrCodes.svg("otpauth://totp/K%C3%BD%20s%E1%BB%91:lanhdao?secret=JBSWY3DPEHPK3PXP");
        assertTrue(svg.startsWith("<svg") && svg.contains("<path") && svg.endsWith("</svg>"), svg);
        assertTrue(svg.split("h1v1h-1z").length > 100, "a QR code has many dark modules");
    }
}
