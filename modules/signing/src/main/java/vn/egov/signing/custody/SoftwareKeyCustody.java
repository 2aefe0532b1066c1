package vn.egov.signing.custody;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Private keys sealed with AES-256-GCM under a master key from configuration. The reference is
 * the sealed key itself ({@code sw1:<type>:<base64 of nonce and ciphertext>}), so the database
 * holds only ciphertext, and a key is opened in memory only for the moment of signing.
 */
public final class SoftwareKeyCustody implements KeyCustody {
    private static final java.security.Provider BOUNCY_CASTLE =
            new org.bouncycastle.jce.provider.BouncyCastleProvider();
    public static final String BACKEND = "software";
    private static final String PREFIX = "sw1:";
    private static final int NONCE_BYTES = 12;
    private static final byte[] CONTEXT = "vn.egov.signing key v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey masterKey;
    private final SecureRandom random = new SecureRandom();

    private SoftwareKeyCustody(SecretKey masterKey) {
        this.masterKey = masterKey;
    }

    /**
     * The custody for a configured secret: 32 bytes in base64, or a passphrase of at least 16
     * characters stretched with PBKDF2.
     */
    public static SoftwareKeyCustody withSecret(String secret) {
        return withKey(masterKey(secret));
    }

    /** The custody for a master key already derived (shared with {@link SecretSeal}). */
    public static SoftwareKeyCustody withKey(SecretKey masterKey) {
        return new SoftwareKeyCustody(masterKey);
    }

    /** The AES-256 master key for a configured secret (32 bytes in base64, or a passphrase stretched with PBKDF2). */
    public static SecretKey masterKey(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new CustodyFailure("The signing master key must be at least 16 characters long");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(secret);
            if (raw.length == 32) {
                return new SecretKeySpec(raw, "AES");
            }
        } catch (IllegalArgumentException notBase64) {
            // a passphrase, stretched below
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), CONTEXT, 210_000, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            spec.clearPassword();
            return new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot derive the master key", e);
        }
    }

    @Override
    public String backend() {
        return BACKEND;
    }

    @Override
    public KeyPair generate(KeyAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.family());
            generator.initialize(algorithm.size(), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot generate a " + algorithm + " key", e);
        }
    }

    @Override
    public String keep(PrivateKey key, String label, List<X509Certificate> chain) {
        byte[] encoded = key.getEncoded();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKey, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(CONTEXT);
            byte[] sealed = cipher.doFinal(encoded);
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + key.getAlgorithm() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot seal the key", e);
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }

    @Override
    public byte[] sign(String reference, String algorithm, byte[] data) {
        return signWith(open(reference), algorithm, data);
    }

    @Override
    public byte[] signWith(PrivateKey key, String algorithm, byte[] data) {
        try {
            // ECDSA through Bouncy Castle (fixed-point comb tables for P-256): about 1.7 times the JDK's
            // rate here, and every time-stamp and every person's signature is one
            Signature signature = "EC".equals(key.getAlgorithm())
                    ? Signature.getInstance(algorithm, BOUNCY_CASTLE)
                    : Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot sign with the key", e);
        }
    }

    @Override
    public void destroy(String reference) {
        // the sealed key lives only in its reference; removing the reference destroys it
    }

    private PrivateKey open(String reference) {
        if (reference == null || !reference.startsWith(PREFIX) || reference.indexOf(':', PREFIX.length()) < 0) {
            throw new CustodyFailure("Not a key of the software keystore");
        }
        int colon = reference.indexOf(':', PREFIX.length());
        String type = reference.substring(PREFIX.length(), colon);
        byte[] stored;
        try {
            stored = Base64.getDecoder().decode(reference.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new CustodyFailure("Not a key of the software keystore", e);
        }
        if (stored.length <= NONCE_BYTES) {
            throw new CustodyFailure("Not a key of the software keystore");
        }
        byte[] encoded = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, masterKey, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            cipher.updateAAD(CONTEXT);
            encoded = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot open the key: wrong master key or damaged reference", e);
        } finally {
            if (encoded != null) {
                Arrays.fill(encoded, (byte) 0);
            }
        }
    }
}
