package vn.egov.signing.custody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SoftHSM2 tokens for the tests. SoftHSM2 (Debian package {@code softhsm2}) reads its token
 * directory from the file named in {@code SOFTHSM2_CONF}, which the build sets for the test JVM,
 * and only once per process (when the library is first initialised), so both tokens a test JVM
 * uses are made together before any is opened: one to work with, one nobody logs into.
 */
public final class SoftHsmToken {
    private static SoftHsmToken shared;
    private static SoftHsmToken untouched;

    public static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    public static final String PIN = "2611-2025";

    public final String label = "egov-" + UUID.randomUUID().toString().substring(0, 8);
    public final long slot;

    /** The token the tests of this JVM share. */
    public static synchronized SoftHsmToken shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = new SoftHsmToken();
            untouched = new SoftHsmToken();
        }
        return shared;
    }

    /** A token nobody logs into (PKCS#11 shares a login across the process), for the wrong-PIN case. */
    public static synchronized SoftHsmToken untouched() throws IOException, InterruptedException {
        shared();
        return untouched;
    }

    private SoftHsmToken() throws IOException, InterruptedException {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set: run the tests through Maven");
        }
        if (!Files.exists(Path.of(LIBRARY))) {
            throw new IllegalStateException(LIBRARY + " is missing: apt-get install -y softhsm2");
        }
        Path tokens = Path.of(conf).resolveSibling("tokens");
        Files.createDirectories(tokens);
        Files.writeString(
                Path.of(conf),
                "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
                        + "objectstore.backend = file\nlog.level = ERROR\n",
                StandardCharsets.UTF_8);
        Process init = new ProcessBuilder(
                        "softhsm2-util",
                        "--init-token",
                        "--free",
                        "--label",
                        label,
                        "--pin",
                        PIN,
                        "--so-pin",
                        "so-" + PIN)
                .redirectErrorStream(true)
                .start();
        String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (init.waitFor() != 0) {
            throw new IllegalStateException("softhsm2-util failed: " + output);
        }
        Matcher reassigned = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        if (!reassigned.find()) {
            throw new IllegalStateException("softhsm2-util did not name the slot: " + output);
        }
        slot = Long.parseLong(reassigned.group(1));
    }

    public Pkcs11KeyCustody open() {
        return Pkcs11KeyCustody.open(LIBRARY, slot, PIN.toCharArray());
    }
}
