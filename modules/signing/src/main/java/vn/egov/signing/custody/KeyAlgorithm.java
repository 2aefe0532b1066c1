package vn.egov.signing.custody;

import java.security.PublicKey;

/** The key types the platform issues, with the signature algorithm each one signs with. */
public enum KeyAlgorithm {
    RSA_2048("RSA", 2048, "SHA256withRSA"),
    /** For the built-in CA's root and issuing CA, whose certificates outlive 2030 (RSA-2048's horizon). */
    RSA_3072("RSA", 3072, "SHA256withRSA"),
    EC_P256("EC", 256, "SHA256withECDSA");

    private final String family;
    private final int size;
    private final String signatureAlgorithm;

    KeyAlgorithm(String family, int size, String signatureAlgorithm) {
        this.family = family;
        this.size = size;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    public String family() {
        return family;
    }

    public int size() {
        return size;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The JCA signature algorithm for a key of this public key's type. */
    public static String signatureAlgorithmFor(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> RSA_2048.signatureAlgorithm;
            case "EC" -> EC_P256.signatureAlgorithm;
            default -> throw new IllegalArgumentException("Unsupported key type " + key.getAlgorithm());
        };
    }
}
