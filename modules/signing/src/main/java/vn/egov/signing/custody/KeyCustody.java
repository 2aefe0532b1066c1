package vn.egov.signing.custody;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Keeps private keys so that they never leave it in clear: callers hold only a reference
 * string and ask the custody to sign with it. Two backends: a software keystore sealed with a
 * master key, and a PKCS#11 token (an HSM; SoftHSM2 in tests).
 */
public interface KeyCustody {

    /** The backend's name, stored with each key reference. */
    String backend();

    /** Makes a new key pair; with PKCS#11 the private half is a handle inside the token. */
    KeyPair generate(KeyAlgorithm algorithm);

    /**
     * Keeps the private key of a pair this custody generated (or an imported one) for good,
     * with its certificate chain, and returns the reference that signs with it later.
     */
    String keep(PrivateKey key, String label, List<X509Certificate> chain);

    /** Signs data with the referenced key (the JCA algorithm hashes it first). */
    byte[] sign(String reference, String algorithm, byte[] data);

    /** Signs with a key this custody generated and has not kept yet (a new root signs its own certificate). */
    byte[] signWith(PrivateKey key, String algorithm, byte[] data);

    /**
     * Signs a SHA-256 digest computed elsewhere (a CSC client's hash): ECDSA over the digest
     * itself, RSA PKCS#1 v1.5 over its DigestInfo, so the result verifies as SHA256withECDSA or
     * SHA256withRSA over the original data.
     */
    default byte[] signDigest(String reference, String keyType, byte[] sha256) {
        if (sha256 == null || sha256.length != 32) {
            throw new CustodyFailure("A SHA-256 digest has 32 bytes");
        }
        return switch (keyType) {
            case "EC" -> sign(reference, "NONEwithECDSA", sha256);
            case "RSA" -> {
                try {
                    byte[] digestInfo = new org.bouncycastle.asn1.x509.DigestInfo(
                                    new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                            org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256,
                                            org.bouncycastle.asn1.DERNull.INSTANCE),
                                    sha256)
                            .getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
                    yield sign(reference, "NONEwithRSA", digestInfo);
                } catch (java.io.IOException e) {
                    throw new CustodyFailure("Cannot encode the digest", e);
                }
            }
            default -> throw new CustodyFailure("Unsupported key type " + keyType);
        };
    }

    /** Forgets a key, for example when its credential is removed. */
    void destroy(String reference);
}
