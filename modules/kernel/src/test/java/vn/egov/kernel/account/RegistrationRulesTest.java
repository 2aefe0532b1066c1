package vn.egov.kernel.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
        Map<String, String> errors =
                RegistrationRules.check(form("a", "12", "not-an-email", "12345", "short", "other"));
        assertEquals(
                java.util.Set.of("username", "cccd", "email", "phone", "password", "passwordConfirmation"),
                errors.keySet());
    }

    @Test
    void passwordPolicy() {
        assertTrue(PasswordPolicy.weakness("abcdefgh", "x").isPresent(), "one class only");
        assertTrue(PasswordPolicy.weakness("Abc12", "x").orElseThrow().contains("8"), "too short");
        assertTrue(PasswordPolicy.weakness("an.nguyen#2026A", "an.nguyen")
                .orElseThrow()
                .contains("tên đăng nhập"));
        assertTrue(PasswordPolicy.weakness("Mùa-thu-2026", "an").isEmpty(), "Vietnamese letters count");
        assertTrue(PasswordPolicy.weakness("A1!".repeat(50), "an").isPresent(), "too long");
        for (String common :
                new String[] {"Password1", "P@ssw0rd", "Password@123", "Abc12345", "Matkhau@2026", "Qwerty@2026"}) {
            assertTrue(
                    PasswordPolicy.weakness(common, "an").orElse("").contains("dễ đoán"),
                    common + " is common or a variant of one");
        }
        assertTrue(PasswordPolicy.weakness("DichVuCong@2026", "congdan").isEmpty());
    }
}
