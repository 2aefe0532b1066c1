package vn.egov.signing.pdf;

import java.time.Instant;

/**
 * What goes into one PDF signature besides the key: the claimed time, reason and place (all
 * shown by PDF readers) and an optional visible stamp.
 *
 * @param signerName shown in the stamp and the signature dictionary
 * @param stamp      null for an invisible signature
 */
public record SigningParameters(
        String signerName, String reason, String location, Instant time, StampPlacement stamp) {}
