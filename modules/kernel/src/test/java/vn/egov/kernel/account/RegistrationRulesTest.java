package vn.egov.kernel.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.Message;

class RegistrationRulesTest {

    private static CitizenRegistration form(
            String username, String cccd, String email, String phone, String password, String confirmation) {
        return new CitizenRegistration(username, "Nguyễn Văn An", cccd, email, phone, password, confirmation);
    }

    @Test
    void aGoodFormHasNoErrors() {
        assertTrue(RegistrationRules.check(form(
                        "an.nguyen", "027095001234", "an@example.vn", "0912345678", "Bac-Ninh#2026", "Bac-Ninh#2026"))
                .isEmpty());
    }

    @Test
    void everyBadFieldGetsItsOwnMessage() {
        Map<String, Message> errors =
                RegistrationRules.check(form("a", "12", "not-an-email", "12345", "short", "other"));
        assertEquals(
                java.util.Set.of("username", "cccd", "email", "phone", "password", "passwordConfirmation"),
                errors.keySet());
        assertEquals(
                "Mật khẩu nhập lại không khớp.",
                errors.get("passwordConfirmation").in(Message.VIETNAMESE));
        assertEquals(
                "The repeated password does not match.",
                errors.get("passwordConfirmation").in(Locale.ENGLISH));
    }

    /** Why a password is weak, in Vietnamese; empty when it is not. */
    private static String weakness(String password, String username) {
        return PasswordPolicy.weakness(password, username)
                .map(m -> m.in(Message.VIETNAMESE))
                .orElse("");
    }

    @Test
    void passwordPolicy() {
        assertTrue(PasswordPolicy.weakness("abcdefgh", "x").isPresent(), "one class only");
        assertTrue(weakness("Abc12", "x").contains("ít nhất 8 ký tự"), "too short");
        assertEquals(
                Optional.of("The password must have at least 8 characters."),
                PasswordPolicy.weakness("Abc12", "x").map(m -> m.in(Locale.ENGLISH)));
        assertTrue(weakness("an.nguyen#2026A", "an.nguyen").contains("tên đăng nhập"));
        assertTrue(PasswordPolicy.weakness("Mùa-thu-2026", "an").isEmpty(), "Vietnamese letters count");
        assertTrue(PasswordPolicy.weakness("A1!".repeat(50), "an").isPresent(), "too long");
        for (String common :
                new String[] {"Password1", "P@ssw0rd", "Password@123", "Abc12345", "Matkhau@2026", "Qwerty@2026"}) {
            assertTrue(weakness(common, "an").contains("dễ đoán"), common + " is common or a variant of one");
        }
        assertTrue(PasswordPolicy.weakness("DichVuCong@2026", "congdan").isEmpty());
    }
}
