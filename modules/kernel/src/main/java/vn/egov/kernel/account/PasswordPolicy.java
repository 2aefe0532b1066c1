package vn.egov.kernel.account;

import java.util.Locale;
import java.util.Optional;

/** What makes a password acceptable on the platform. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why the password is too weak (a Vietnamese sentence), or empty when it is acceptable. */
    public static Optional<String> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Mật khẩu không được dài quá " + MAX_LENGTH + " ký tự.");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.");
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Mật khẩu không được chứa tên đăng nhập.");
        }
        return Optional.empty();
    }
}
