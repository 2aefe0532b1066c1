package vn.egov.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a holder's PKCS#12 file for remote custody: the one private key, its certificate chain,
 * and whether the chain leads to a CA the platform trusts. Refusals name a message key of the
 * signing bundle ({@code admin.p12.*}).
 */
final class CredentialImport {
    private CredentialImport() {}

    /** What the file held. */
    record Contents(PrivateKey key, List<X509Certificate> chain) {
        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    static Contents read(byte[] p12, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password);
        } catch (IOException e) {
            // a wrong password and a damaged file look alike in PKCS#12
            throw new DocumentSigning.SigningRefused("admin.p12.unreadable");
        } catch (GeneralSecurityException e) {
            throw new DocumentSigning.SigningRefused("admin.p12.unreadable");
        }
        try {
            List<String> keys = Collections.list(store.aliases()).stream()
                    .filter(alias -> isKey(store, alias))
                    .toList();
            if (keys.size() != 1) {
                throw new DocumentSigning.SigningRefused("admin.p12.oneKey");
            }
            PrivateKey key = (PrivateKey) store.getKey(keys.get(0), password);
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(keys.get(0)))
                    .map(X509Certificate.class::cast)
                    .toList();
            return new Contents(key, chain);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new DocumentSigning.SigningRefused("admin.p12.unreadable");
        }
    }

    /** Refuses an expired certificate, one not meant for signing, or a chain to no trusted CA. */
    static void check(Contents contents, List<X509Certificate> anchors) {
        X509Certificate certificate = contents.certificate();
        try {
            certificate.checkValidity();
        } catch (GeneralSecurityException e) {
            throw new DocumentSigning.SigningRefused("admin.p12.expired");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            throw new DocumentSigning.SigningRefused("admin.p12.notForSigning");
        }
        if (certificate.getBasicConstraints() >= 0) {
            throw new DocumentSigning.SigningRefused("admin.p12.notForSigning");
        }
        try {
            Set<TrustAnchor> trusted =
                    anchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(trusted);
            // revocation is the CA's business at verification time; here the question is only "whose CA?"
            parameters.setRevocationEnabled(false);
            List<X509Certificate> path = contents.chain().stream()
                    .filter(c -> !c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
                    .toList();
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DocumentSigning.SigningRefused("admin.p12.untrusted");
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
