package vn.egov.kernel.api;

import java.util.Optional;

/**
 * The bearer tokens of the REST API, for modules that speak a standard with its own sign-in
 * call (the signing module's CSC {@code auth/login}): the same tokens {@code /api/v1/auth/token}
 * issues, checked by the platform on every {@code Authorization: Bearer} request.
 */
public interface AccessTokens {

    /** A token for the account, or empty when the sign-in fails (counted towards lockout like any sign-in). */
    Optional<AccessToken> signIn(String username, String password);

    /** Ends a token at once (signing out); unknown tokens are ignored. */
    void revoke(String token);

    /** An issued token and how long it lives. */
    record AccessToken(String token, long expiresInSeconds, String username) {}
}
