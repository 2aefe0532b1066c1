package vn.egov.kernel.account;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.Cccd;

/** The checks of a registration form that need no database, each producing a field-level message. */
public final class RegistrationRules {
    static final String USERNAME = "[A-Za-z0-9._-]{3,64}";
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";
    private static final String PHONE = "(\\+84|0)\\d{9,10}";

    private RegistrationRules() {}

    public static Map<String, Message> check(CitizenRegistration form) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (form.username() == null || !form.username().matches(USERNAME)) {
            errors.put("username", KernelRefusal.text("account.usernameInvalid"));
        }
        if (form.fullName() == null || form.fullName().isBlank()) {
            errors.put("fullName", KernelRefusal.text("account.fullNameRequired"));
        } else if (form.fullName().length() > 200) {
            errors.put("fullName", KernelRefusal.text("account.fullNameTooLong", 200));
        }
        Cccd.problemWith(form.cccd()).ifPresent(p -> errors.put("cccd", p));
        if (notBlank(form.email())
                && (form.email().length() > 254 || !form.email().matches(EMAIL))) {
            errors.put("email", KernelRefusal.text("account.emailInvalid"));
        }
        if (notBlank(form.phone()) && !form.phone().replace(" ", "").matches(PHONE)) {
            errors.put("phone", KernelRefusal.text("account.phoneInvalid"));
        }
        PasswordPolicy.weakness(form.password(), form.username()).ifPresent(p -> errors.put("password", p));
        if (form.password() != null && !form.password().equals(form.passwordConfirmation())) {
            errors.put("passwordConfirmation", KernelRefusal.text("account.passwordMismatch"));
        }
        return errors;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
