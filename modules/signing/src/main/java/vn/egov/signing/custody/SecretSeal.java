package vn.egov.signing.custody;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Small secrets the module must read back (authenticator seeds), sealed with AES-256-GCM under
 * a key derived from the master key for this purpose only, so a sealed seed and a sealed private
 * key never share a key.
 */
public final class SecretSeal {
    private static final int NONCE_BYTES = 12;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param masterKey the signing master key ({@link SoftwareKeyCustody#masterKey}); a key for secrets is derived from it */
    public SecretSeal(SecretKey masterKey) {
        this.key = derive(masterKey, "vn.egov.signing secrets v1");
    }

    public String seal(byte[] secret, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret);
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot seal the secret", e);
        }
    }

    /** Opens a sealed secret; the context must be the one it was sealed for (the account, say). */
    public byte[] open(String sealed, String context) {
        try {
            byte[] stored = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CustodyFailure("Cannot open the secret: wrong master key, context or damaged value", e);
        }
    }

    private static SecretKey derive(SecretKey master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new CustodyFailure("Cannot derive the secrets key", e);
        }
    }
}
