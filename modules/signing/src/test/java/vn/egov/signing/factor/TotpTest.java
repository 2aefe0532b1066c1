package vn.egov.signing.factor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** The SHA-1 seed of RFC 6238 appendix B. */
    static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238TestVectorsInSixDigits() {
        // appendix B gives 8 digits; the last 6 are what a 6-digit authenticator shows
        assertEquals("287082", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("050471", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111111))));
        assertEquals("005924", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void acceptsOneStepOfDriftAndRefusesReplaysAndWrongCodes() {
        String secret = Totp.base32(SEED);
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        String current = Totp.code(SEED, step);
        assertEquals(step, Totp.match(secret, current, now, 0));
        assertEquals(-1, Totp.match(secret, current, now, step), "the same code twice is a replay");
        assertEquals(step - 1, Totp.match(secret, Totp.code(SEED, step - 1), now, 0), "30 s late");
        assertEquals(-1, Totp.match(secret, Totp.code(SEED, step - 2), now, 0), "60 s late");
        assertEquals(-1, Totp.match(secret, "12345", now, 0));
        assertEquals(-1, Totp.match(secret, "abcdef", now, 0));
        assertEquals(-1, Totp.match(secret, null, now, 0));
    }

    @Test
    void secretsRoundTripThroughBase32AndTheEnrolmentUriNamesIssuerAndAccount() {
        String secret = Totp.newSecret();
        assertEquals(32, secret.length());
        assertArrayEquals(Totp.decodeBase32(secret), Totp.decodeBase32(Totp.base32(Totp.decodeBase32(secret))));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.base32(SEED));
        String uri = Totp.enrolmentUri("Ký số Bắc Ninh", "lanhdao", secret);
        assertTrue(uri.startsWith("otpauth://totp/K%C3%BD%20s%E1%BB%91%20B%E1%BA%AFc%20Ninh%3Alanhdao?secret="), uri);
        assertTrue(uri.endsWith("&digits=6&period=30"), uri);
    }
}
