package vn.egov.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.signing.ca.CertificateAuthority;
import vn.egov.signing.ca.Holder;
import vn.egov.signing.ca.HolderKind;
import vn.egov.signing.custody.SoftwareKeyCustody;

/** Reading a holder's PKCS#12 file and deciding whether the platform may take it into custody. */
class CredentialImportTest {
    static final char[] PASSWORD = "Mat-khau-tep-2026".toCharArray();
    final CertificateAuthority outside = authority("CA Bên Ngoài");
    final CertificateAuthority ours = authority("Tỉnh Bắc Ninh");

    @Test
    void aFileFromATrustedCaIsReadWithItsChain() throws Exception {
        byte[] p12 = pkcs12(outside, "Hoàng Văn Nam");
        CredentialImport.Contents contents = CredentialImport.read(p12, PASSWORD);
        assertEquals(3, contents.chain().size());
        assertEquals("EC", contents.key().getAlgorithm());
        CredentialImport.check(
                contents, List.of(ours.keys().root(), outside.keys().root()));
    }

    @Test
    void aWrongPasswordAnUntrustedCaAndACaCertificateAreRefused() throws Exception {
        byte[] p12 = pkcs12(outside, "Hoàng Văn Nam");
        assertEquals(
                "admin.p12.unreadable",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> CredentialImport.read(p12, "sai".toCharArray()))
                        .key());
        assertEquals(
                "admin.p12.unreadable",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> CredentialImport.read(
                                        "không phải PKCS#12".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                        PASSWORD))
                        .key());
        CredentialImport.Contents contents = CredentialImport.read(p12, PASSWORD);
        assertEquals(
                "admin.p12.untrusted",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> CredentialImport.check(
                                        contents, List.of(ours.keys().root())))
                        .key());

        var caAsHolder = new CredentialImport.Contents(
                contents.key(), List.of(outside.keys().issuing(), outside.keys().root()));
        assertEquals(
                "admin.p12.notForSigning",
                assertThrows(
                                DocumentSigning.SigningRefused.class,
                                () -> CredentialImport.check(
                                        caAsHolder, List.of(outside.keys().root())))
                        .key());
    }

    private static CertificateAuthority authority(String organisation) {
        var custody = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(new byte[32]));
        return new CertificateAuthority(
                custody,
                CertificateAuthority.establish(
                        custody, organisation, Clock.systemUTC(), vn.egov.signing.pdf.TestPkiProfile.LOCAL),
                Clock.systemUTC(),
                vn.egov.signing.pdf.TestPkiProfile.LOCAL);
    }

    private static byte[] pkcs12(CertificateAuthority ca, String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = ca.issue(
                new Holder(HolderKind.CITIZEN, name, "CCCD:001090001234", null),
                pair.getPublic(),
                Duration.ofDays(365));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "nguoi-ky", pair.getPrivate(), PASSWORD, ca.chainOf(certificate).toArray(Certificate[]::new));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        return out.toByteArray();
    }
}
