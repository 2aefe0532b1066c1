package vn.egov.signing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecondFactorTest {
    final Instant now = Instant.parse("2026-11-25T03:00:00Z");

    @Test
    void theFifthWrongCodeInARowLocksFor15Minutes() {
        SecondFactor factor = new SecondFactor("lanhdao", "sealed", now);
        for (int i = 1; i < SecondFactor.MAX_FAILURES; i++) {
            assertFalse(factor.failed(now), "failure " + i);
            assertFalse(factor.locked(now));
        }
        assertTrue(factor.failed(now), "the fifth locks");
        assertTrue(factor.locked(now.plusSeconds(14 * 60)));
        assertFalse(factor.locked(now.plusSeconds(15 * 60)), "unlocked after 15 minutes");
    }

    @Test
    void aRightCodeConfirmsClearsFailuresAndRemembersItsStep() {
        SecondFactor factor = new SecondFactor("lanhdao", "sealed", now);
        assertFalse(factor.confirmed());
        factor.failed(now);
        factor.failed(now);
        factor.accepted(1234);
        assertTrue(factor.confirmed());
        assertEquals(0, factor.failures());
        assertEquals(1234, factor.lastStep());
        assertNull(factor.lockedUntil());
        factor.reenrol("new", now);
        assertFalse(factor.confirmed(), "a new seed needs a new first code");
        assertEquals(0, factor.lastStep());
    }
}
