package vn.egov.signing.pdf;

/** Obtains an RFC 3161 time-stamp token (DER) over a SHA-256 digest, for PAdES B-T. */
@FunctionalInterface
public interface TimeStamper {
    byte[] timeStamp(byte[] sha256Digest);
}
