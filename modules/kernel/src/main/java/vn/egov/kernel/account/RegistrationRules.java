package vn.egov.kernel.account;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.egov.kernel.api.helpers.Cccd;

/** The checks of a registration form that need no database, each producing a field-level message. */
public final class RegistrationRules {
    private static final String USERNAME = "[A-Za-z0-9._-]{3,64}";
    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}";
    private static final String PHONE = "(\\+84|0)\\d{9,10}";

    private RegistrationRules() {}

    public static Map<String, String> check(CitizenRegistration form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.username() == null || !form.username().matches(USERNAME)) {
            errors.put(
                    "username",
                    "Tên đăng nhập gồm 3 đến 64 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
        }
        if (form.fullName() == null || form.fullName().isBlank()) {
            errors.put("fullName", "Vui lòng nhập họ và tên.");
        } else if (form.fullName().length() > 200) {
            errors.put("fullName", "Họ và tên không được dài quá 200 ký tự.");
        }
        Cccd.problemWith(form.cccd()).ifPresent(p -> errors.put("cccd", p));
        if (notBlank(form.email())
                && (form.email().length() > 254 || !form.email().matches(EMAIL))) {
            errors.put("email", "Địa chỉ thư điện tử không hợp lệ.");
        }
        if (notBlank(form.phone()) && !form.phone().replace(" ", "").matches(PHONE)) {
            errors.put("phone", "Số điện thoại phải có dạng 0xxxxxxxxx hoặc +84xxxxxxxxx.");
        }
        PasswordPolicy.weakness(form.password(), form.username()).ifPresent(p -> errors.put("password", p));
        if (form.password() != null && !form.password().equals(form.passwordConfirmation())) {
            errors.put("passwordConfirmation", "Mật khẩu nhập lại không khớp.");
        }
        return errors;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
