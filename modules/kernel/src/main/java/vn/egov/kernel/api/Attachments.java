package vn.egov.kernel.api;

import java.util.Optional;
import java.util.UUID;

/** The shared attachment store: files are checked for size and real content type before they are kept. */
public interface Attachments {

    /** Stores a file or throws {@link FieldErrors} (field "file") saying why it was refused. */
    StoredFile store(String fileName, byte[] content);

    Optional<StoredFile> find(UUID id);

    Optional<byte[]> content(UUID id);

    record StoredFile(UUID id, String fileName, String contentType, long sizeBytes, String sha256) {
    }
}
