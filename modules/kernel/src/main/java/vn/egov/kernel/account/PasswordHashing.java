package vn.egov.kernel.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Jakarta Security's standard PBKDF2 password hash, set to the platform's strength. */
@ApplicationScoped
public class PasswordHashing {
    @Inject
    Pbkdf2PasswordHash hash;

    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy-password".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of one verification, so an unknown account answers as slowly as a known one. */
    public void verifyDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
