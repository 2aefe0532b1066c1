package vn.egov.signing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.helpers.PageMessages;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.signing.CredentialAdministration;
import vn.egov.signing.DocumentSigning.SigningRefused;
import vn.egov.signing.SigningAuthority;
import vn.egov.signing.TrustAnchors;
import vn.egov.signing.domain.Credential;
import vn.egov.signing.domain.TrustAnchorRecord;

/** The admin screen for signing: the built-in CA, credentials per account, PKCS#12 import, revocation, trust anchors. */
@Named
@ViewScoped
public class CredentialsAdmin implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "i18n.signing";
    private static final int MAX_FILE = 1024 * 1024;

    @Inject
    CredentialAdministration credentials;

    @Inject
    TrustAnchors anchors;

    @Inject
    SigningAuthority authority;

    @Inject
    Caller caller;

    private String account;
    private String issueFor;
    private String importFor;
    private transient Part p12;
    private String p12Password;
    private transient Part anchorFile;
    private String revokeReason;
    /** What the page shows, read once per view and again after a change; EL asks for each many times per render. */
    private transient AuthorityView authorityView;

    private transient boolean authorityRead;
    private transient List<Credential> credentialList;
    private transient List<TrustAnchorRecord> anchorList;

    /** The built-in CA as the screen shows it, or null before it is established or without a master key. */
    public record AuthorityView(String root, String issuing, String validUntil, String rootSha256, String backend) {}

    public AuthorityView getAuthority() {
        if (!authorityRead) {
            authorityView = readAuthority();
            authorityRead = true;
        }
        return authorityView;
    }

    /** The address certificates name as where the CA publishes its lists (platform.publicUrl). */
    public String getPublicAddress() {
        return authority.address().base();
    }

    /** Whether that address is loopback or private: certificates issued now would name it for life. */
    public boolean isPublicAddressPrivate() {
        return !authority.address().reachableFromOutside();
    }

    /** Reads the CA if it exists; the screen never establishes it, so its warnings come before that. */
    private AuthorityView readAuthority() {
        return authority
                .established()
                .map(keys -> {
                    try {
                        var root = keys.root();
                        return new AuthorityView(
                                root.getSubjectX500Principal().getName(),
                                keys.issuing().getSubjectX500Principal().getName(),
                                VietnameseDates.moment(root.getNotAfter().toInstant()),
                                java.util.HexFormat.ofDelimiter(":")
                                        .withUpperCase()
                                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                                .digest(root.getEncoded())),
                                PageMessages.text(
                                        BUNDLE,
                                        keys.rootKey().startsWith("p11:")
                                                ? "admin.caBackend.pkcs11"
                                                : "admin.caBackend.software"));
                    } catch (java.security.GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElse(null);
    }

    public List<Credential> getCredentials() {
        if (credentialList == null) {
            credentialList = credentials.credentials(account);
        }
        return credentialList;
    }

    public List<TrustAnchorRecord> getAnchors() {
        if (anchorList == null) {
            anchorList = anchors.imported();
        }
        return anchorList;
    }

    public String when(Instant instant) {
        return instant == null ? "" : VietnameseDates.moment(instant);
    }

    public String holder(Credential credential) {
        return vn.egov.signing.pdf.Names.commonName(new javax.security.auth.x500.X500Principal(credential.subject()));
    }

    public String serial(Credential credential) {
        return credential.serial().toBigInteger().toString(16);
    }

    public void issue() {
        if (issueFor == null || issueFor.isBlank()) {
            PageMessages.show("issue", FieldErrors.of("issueFor", PageMessages.text(BUNDLE, "admin.accountRequired")));
            return;
        }
        try {
            Credential credential = credentials.issue(issueFor);
            PageMessages.info(PageMessages.text(BUNDLE, "admin.issuedTo", holder(credential), credential.id()));
            // the first credential may have established the built-in CA
            authorityRead = false;
            setAccount(credential.username());
            issueFor = null;
        } catch (SigningRefused refused) {
            PageMessages.show("issue", FieldErrors.of("issueFor", refused.text()));
        }
    }

    public void importCredential() throws IOException {
        if (importFor == null || importFor.isBlank()) {
            PageMessages.show(
                    "p12form", FieldErrors.of("importFor", PageMessages.text(BUNDLE, "admin.accountRequired")));
            return;
        }
        char[] password = p12Password == null ? new char[0] : p12Password.toCharArray();
        try {
            byte[] bytes = read(p12);
            if (bytes == null) {
                PageMessages.show("p12form", FieldErrors.of("p12", PageMessages.text(BUNDLE, "admin.fileRequired")));
                return;
            }
            Credential credential = credentials.importPkcs12(importFor, bytes, password, username());
            PageMessages.info(
                    PageMessages.text(BUNDLE, "admin.credentialImported", holder(credential), credential.username()));
            setAccount(credential.username());
            importFor = null;
        } catch (SigningRefused refused) {
            PageMessages.show("p12form", FieldErrors.of("p12", refused.text()));
        } finally {
            java.util.Arrays.fill(password, '\0');
            p12Password = null;
        }
    }

    public void revoke(Credential credential) {
        try {
            credentials.revoke(credential.id(), username(), revokeReason);
            credentialList = null;
            PageMessages.info(PageMessages.text(BUNDLE, "admin.credentialRevoked", holder(credential)));
            revokeReason = null;
        } catch (SigningRefused refused) {
            PageMessages.error(refused);
        }
    }

    public void addAnchor() throws IOException {
        try {
            byte[] bytes = read(anchorFile);
            if (bytes == null) {
                PageMessages.show(
                        "anchorForm", FieldErrors.of("anchorFile", PageMessages.text(BUNDLE, "admin.fileRequired")));
                return;
            }
            TrustAnchorRecord anchor = anchors.add(bytes, username());
            anchorList = null;
            PageMessages.info(PageMessages.text(BUNDLE, "admin.anchorAdded", anchor.subject()));
        } catch (SigningRefused refused) {
            PageMessages.show("anchorForm", FieldErrors.of("anchorFile", refused.text()));
        }
    }

    public void removeAnchor(TrustAnchorRecord anchor) {
        anchors.remove(anchor.id());
        anchorList = null;
        PageMessages.info(PageMessages.text(BUNDLE, "admin.anchorRemoved", anchor.subject()));
    }

    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > MAX_FILE) {
            throw new SigningRefused("admin.fileTooLarge");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private String username() {
        return caller.username();
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
        credentialList = null;
    }

    public String getIssueFor() {
        return issueFor;
    }

    public void setIssueFor(String issueFor) {
        this.issueFor = issueFor;
    }

    public String getImportFor() {
        return importFor;
    }

    public void setImportFor(String importFor) {
        this.importFor = importFor;
    }

    public Part getP12() {
        return p12;
    }

    public void setP12(Part p12) {
        this.p12 = p12;
    }

    public String getP12Password() {
        return p12Password;
    }

    public void setP12Password(String p12Password) {
        this.p12Password = p12Password;
    }

    public Part getAnchorFile() {
        return anchorFile;
    }

    public void setAnchorFile(Part anchorFile) {
        this.anchorFile = anchorFile;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
