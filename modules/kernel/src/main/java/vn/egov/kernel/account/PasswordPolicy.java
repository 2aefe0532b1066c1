package vn.egov.kernel.account;

import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Message;

/**
 * What makes a password acceptable on the platform: long enough, of mixed kinds, without the
 * user name, and not easy to guess. The last is judged by nbvcxz: its bundled list of the 100,000
 * most common leaked passwords, English words and names, with l33t spellings, repeats, sequences,
 * keyboard patterns and years; a password worth under 35 bits of guessing ("Password@123",
 * "P@ssw0rd", "Abc12345", "Matkhau@2026") is refused.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** Made once: it reads its dictionaries (a quarter of a second) and is safe to share between threads. */
    private static final Nbvcxz GUESSING = new Nbvcxz();

    private PasswordPolicy() {}

    /** Why the password is too weak (a message of the kernel's bundle), or empty when it is acceptable. */
    public static Optional<Message> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(KernelRefusal.text("password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(KernelRefusal.text("password.tooLong", MAX_LENGTH));
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of(KernelRefusal.text("password.classes"));
        }
        if (username != null
                && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(KernelRefusal.text("password.containsUsername"));
        }
        if (!GUESSING.estimate(password).isMinimumEntropyMet()) {
            return Optional.of(KernelRefusal.text("password.guessable"));
        }
        return Optional.empty();
    }
}
