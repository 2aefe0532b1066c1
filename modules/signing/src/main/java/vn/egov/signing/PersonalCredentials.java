package vn.egov.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import vn.egov.kernel.api.Accounts;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.KeyCustody;
import vn.egov.signing.domain.Credential;

/**
 * People's own signing credentials: found by account, or issued by the built-in CA the first
 * time they are needed. A leader gets a leader's certificate with his agency as organisation, an
 * officer an officer's; a citizen gets a citizen's certificate with his CCCD in UID. Callers run
 * inside a transaction.
 */
@ApplicationScoped
public class PersonalCredentials {
    private static final Duration VALIDITY = Duration.ofDays(2 * 365);

    @PersistenceContext(unitName = "signing")
    EntityManager entities;

    @Inject
    Organisation organisation;

    @Inject
    CredentialIssuer issuer;

    @Inject
    Accounts accounts;

    /**
     * The account's active credential, issued now if it has none; refused for staff without an
     * agency, and for citizens whose identity is not verified (their CCCD would go into a certificate).
     */
    public Credential of(String username, CertificateAuthority ca, KeyCustody custody) {
        List<Credential> found = entities.createQuery(
                        "select c from Credential c where c.username = :username and c.status = :active order by c.id desc",
                        Credential.class)
                .setParameter("username", username)
                .setParameter("active", Credential.Status.ACTIVE)
                .getResultList();
        var account = accounts.find(username)
                .filter(Accounts.AccountView::enabled)
                .orElseThrow(() -> new DocumentSigning.SigningRefused("admin.noAccount"));
        if (account.citizen() && !account.identityVerified()) {
            // the CCCD is only what the registrant typed until an officer has checked the card
            throw new DocumentSigning.SigningRefused("sign.identityUnverified");
        }
        if (!found.isEmpty()) {
            return found.get(0);
        }
        if (account.citizen()) {
            return issuer.issue(
                    ca,
                    custody,
                    new Holder(
                            HolderKind.CITIZEN,
                            account.displayName(),
                            account.cccd() == null ? null : "CCCD:" + account.cccd(),
                            null),
                    KeyAlgorithm.EC_P256,
                    VALIDITY,
                    account.username());
        }
        var roles = organisation.agenciesOf(username);
        if (roles.isEmpty()) {
            throw new DocumentSigning.SigningRefused("sign.noAgency");
        }
        var role =
                roles.stream().filter(r -> r.role() == Role.LEADER).findFirst().orElse(roles.get(0));
        HolderKind kind = role.role() == Role.LEADER ? HolderKind.LEADER : HolderKind.OFFICER;
        // a leader's certificate carries his title; accounts hold no position yet, so the role's name stands
        // for it, in Vietnamese like the rest of the certificate's subject, whatever the page's language
        return issuer.issue(
                ca,
                custody,
                new Holder(
                        kind,
                        account.displayName(),
                        null,
                        role.agency().name(),
                        kind == HolderKind.LEADER
                                ? Message.text(Message.VIETNAMESE, SigningModule.BUNDLE, "kind.LEADER")
                                : null),
                KeyAlgorithm.EC_P256,
                VALIDITY,
                account.username());
    }
}
