package vn.egov.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The signing master key of the embedded default: 32 random bytes made on the first start and
 * kept beside the embedded database, readable by its owner only. A deployment with its own
 * database sets {@code PLATFORM_SIGNING_MASTERKEY} instead, from its secret store.
 */
final class MasterKeyFile {
    private MasterKeyFile() {}

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        return Files.readString(file, StandardCharsets.US_ASCII).trim();
    }
}
