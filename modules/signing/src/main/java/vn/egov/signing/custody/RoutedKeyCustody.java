package vn.egov.signing.custody;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The custody the platform uses: new keys go to the configured backend (software or PKCS#11),
 * while each stored reference signs through the backend that holds it, so keys made before an
 * HSM was configured keep working after it.
 */
public final class RoutedKeyCustody implements KeyCustody {
    private final SoftwareKeyCustody software;
    private final Pkcs11KeyCustody token;

    /** @param token the PKCS#11 token for new keys, or null to keep new keys in software */
    public RoutedKeyCustody(SoftwareKeyCustody software, Pkcs11KeyCustody token) {
        this.software = software;
        this.token = token;
    }

    private KeyCustody primary() {
        return token != null ? token : software;
    }

    private KeyCustody holderOf(String reference) {
        if (reference != null && reference.startsWith(Pkcs11KeyCustody.PREFIX)) {
            if (token == null) {
                throw new CustodyFailure("This key is in a PKCS#11 token, but no token is configured");
            }
            return token;
        }
        return software;
    }

    @Override
    public String backend() {
        return primary().backend();
    }

    @Override
    public KeyPair generate(KeyAlgorithm algorithm) {
        return primary().generate(algorithm);
    }

    @Override
    public String keep(PrivateKey key, String label, List<X509Certificate> chain) {
        return primary().keep(key, label, chain);
    }

    @Override
    public byte[] sign(String reference, String algorithm, byte[] data) {
        return holderOf(reference).sign(reference, algorithm, data);
    }

    @Override
    public byte[] signWith(PrivateKey key, String algorithm, byte[] data) {
        return primary().signWith(key, algorithm, data);
    }

    @Override
    public void destroy(String reference) {
        holderOf(reference).destroy(reference);
    }
}
