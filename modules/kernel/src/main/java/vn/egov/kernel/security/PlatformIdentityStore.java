package vn.egov.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The accounts table as a Jakarta Security identity store. */
@ApplicationScoped
public class PlatformIdentityStore implements IdentityStore {
    @Inject
    SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.check(login.getCaller(), login.getPasswordAsString())
                .map(c -> new CredentialValidationResult(c.name(), c.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
