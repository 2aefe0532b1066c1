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

    /** Forgets a key, for example when its credential is removed. */
    void destroy(String reference);
}
