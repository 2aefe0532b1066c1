package vn.egov.kernel.account;

/** What a citizen types into the registration form. */
public record CitizenRegistration(
        String username,
        String fullName,
        String cccd,
        String email,
        String phone,
        String password,
        String passwordConfirmation) {}
