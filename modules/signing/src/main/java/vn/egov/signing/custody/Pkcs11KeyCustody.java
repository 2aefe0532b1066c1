package vn.egov.signing.custody;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.HexFormat;
import java.util.List;

/**
 * Private keys kept inside a PKCS#11 token (an HSM; SoftHSM2 in tests) through the JDK's
 * SunPKCS11 provider. Keys are generated in the token as sensitive, non-extractable objects; the
 * reference is only the entry's alias ({@code p11:<alias>}), so the database holds no key
 * material at all. Imported keys (PKCS#12) are written into the token the same way.
 */
public final class Pkcs11KeyCustody implements KeyCustody {
    public static final String BACKEND = "pkcs11";
    public static final String PREFIX = "p11:";

    private final Provider provider;
    private final KeyStore store;
    private final SecureRandom random = new SecureRandom();

    private Pkcs11KeyCustody(Provider provider, KeyStore store) {
        this.provider = provider;
        this.store = store;
    }

    /**
     * Logs into the token in the given slot through the PKCS#11 library at {@code library} (for
     * SoftHSM2 on Debian: {@code /usr/lib/softhsm/libsofthsm2.so}; its slot ids are listed by
     * {@code softhsm2-util --show-slots}).
     */
    public static Pkcs11KeyCustody open(String library, long slot, char[] pin) {
        if (library == null || library.isBlank()) {
            throw new CustodyFailure("PKCS#11 needs the path of the token's library");
        }
        // keys the provider generates or imports stay private and unexportable inside the token
        String config = "--name=egov-slot" + slot + "\n"
                + "library=" + library.strip() + "\n"
                + "slot=" + slot + "\n"
                + "attributes(*, CKO_PRIVATE_KEY, *) = {\n  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n";
        try {
            Provider provider = Security.getProvider("SunPKCS11").configure(config);
            KeyStore store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin);
            return new Pkcs11KeyCustody(provider, store);
        } catch (GeneralSecurityException | java.io.IOException | java.security.ProviderException e) {
            throw new CustodyFailure("Cannot log into the PKCS#11 token in slot " + slot + ": " + rootMessage(e), e);
        }
    }

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public KeyPair generate(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.family(), provider);
            if (algorithm.family().equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            } else {
                generator.initialize(algorithm.size(), random);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            throw new CustodyFailure("The token cannot generate a " + algorithm + " key: " + rootMessage(e), e);
        }
    }

    @Override
    public String keep(PrivateKey key, String label, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new CustodyFailure("A key is kept in the token with its certificate");
        }
        byte[] suffix = new byte[6];
        random.nextBytes(suffix);
        String alias =
                label.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + HexFormat.of().formatHex(suffix);
        try {
            // a session key generated above becomes a token object here; an imported one is created in the token
            store.setKeyEntry(alias, key, null, chain.toArray(Certificate[]::new));
            return PREFIX + alias;
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            throw new CustodyFailure("The token cannot keep the key: " + rootMessage(e), e);
        }
    }

    @Override
    public byte[] sign(String reference, String algorithm, byte[] data) {
        try {
            return signWith(key(reference), algorithm, data);
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("The token cannot find the key: " + rootMessage(e), e);
        }
    }

    @Override
    public byte[] signWith(PrivateKey key, String algorithm, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm, provider);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException | java.security.ProviderException e) {
            throw new CustodyFailure("The token cannot sign: " + rootMessage(e), e);
        }
    }

    @Override
    public void destroy(String reference) {
        try {
            store.deleteEntry(alias(reference));
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("The token cannot delete the key", e);
        }
    }

    /** Whether the token holds the referenced key (for checks after import or destroy). */
    public boolean holds(String reference) {
        try {
            return store.isKeyEntry(alias(reference));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private PrivateKey key(String reference) throws GeneralSecurityException {
        Key key = store.getKey(alias(reference), null);
        if (!(key instanceof PrivateKey privateKey)) {
            throw new CustodyFailure("The token holds no key for " + reference);
        }
        return privateKey;
    }

    private static String alias(String reference) {
        if (reference == null || !reference.startsWith(PREFIX) || reference.length() == PREFIX.length()) {
            throw new CustodyFailure("Not a key of the PKCS#11 token");
        }
        return reference.substring(PREFIX.length());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
