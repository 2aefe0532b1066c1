package vn.egov.signing.ca;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.signing.custody.KeyAlgorithm;
import vn.egov.signing.custody.SoftwareKeyCustody;

/**
 * OpenSSL checks our chains with every CRL on the way (-crl_check_all): a holder's and the
 * time-stamping unit's certificates against the issuing CA's CRL, the issuing CA against the
 * root's ARL; a revoked issuing CA fails what it issued.
 */
class OpensslChainTest {
    @TempDir
    Path folder;

    @Test
    void everyDepthOfTheChainHasARevocationListOpensslAccepts() throws Exception {
        var custody = SoftwareKeyCustody.withSecret(Base64.getEncoder().encodeToString(new byte[32]));
        var profile = vn.egov.signing.pdf.TestPkiProfile.LOCAL;
        var ca = new CertificateAuthority(
                custody,
                CertificateAuthority.establish(custody, "UBND tỉnh Bắc Ninh", Clock.systemUTC(), profile),
                Clock.systemUTC(),
                profile);
        var keys = ca.keys();
        var holder = ca.issue(
                new Holder(HolderKind.CITIZEN, "Lê Thị Hoa", "CCCD:001203004567", null),
                custody.generate(KeyAlgorithm.EC_P256).getPublic(),
                Duration.ofDays(30));
        write("root.pem", pem("CERTIFICATE", keys.root().getEncoded()));
        write("issuing.pem", pem("CERTIFICATE", keys.issuing().getEncoded()));
        write("tsa.pem", pem("CERTIFICATE", keys.timeStamping().getEncoded()));
        write("holder.pem", pem("CERTIFICATE", holder.getEncoded()));
        write(
                "crls.pem",
                pem("X509 CRL", ca.revocationList(Map.of(), 1).getEncoded())
                        + pem(
                                "X509 CRL",
                                ca.authorityRevocationList(Map.of(), 1).getEncoded()));
        for (String certificate : List.of("holder.pem", "tsa.pem", "issuing.pem")) {
            String output = verify(certificate, "crls.pem");
            assertTrue(output.contains(certificate + ": OK"), output);
        }

        write(
                "revoked.pem",
                pem("X509 CRL", ca.revocationList(Map.of(), 2).getEncoded())
                        + pem(
                                "X509 CRL",
                                ca.authorityRevocationList(Map.of(keys.issuing().getSerialNumber(), Instant.now()), 2)
                                        .getEncoded()));
        String output = verify("holder.pem", "revoked.pem");
        assertTrue(output.contains("certificate revoked"), output);
    }

    private String verify(String certificate, String crls) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "openssl",
                "verify",
                "-crl_check_all",
                "-CAfile",
                "root.pem",
                "-untrusted",
                "issuing.pem",
                "-CRLfile",
                crls,
                certificate));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("openssl is missing: apt-get install -y openssl", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "openssl did not finish");
        return output;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
