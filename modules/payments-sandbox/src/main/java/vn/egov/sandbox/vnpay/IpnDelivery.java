package vn.egov.sandbox.vnpay;

import java.time.Instant;

/**
 * One IPN call the sandbox made to the platform.
 *
 * @param attempt 1 for the first call of a payment, counting every later retry and replay
 * @param httpStatus the platform's HTTP status, or -1 when the call failed with an I/O error or timed out
 * @param responseBody the platform's answer body ("" on an I/O error)
 * @param replay true for a call made through {@code POST /sandbox/ipn/resend}
 */
public record IpnDelivery(
        String txnRef, int attempt, int httpStatus, String responseBody, Instant time, String url, boolean replay) {}
