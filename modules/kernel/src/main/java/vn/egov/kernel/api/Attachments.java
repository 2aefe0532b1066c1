package vn.egov.kernel.api;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * The shared attachment store: files are checked for size and real content type before they are
 * kept. Each file belongs to whoever uploaded it ({@link #currentUploader()}) and can be attached
 * to one record, once, by that uploader only ({@link #claim}): knowing a file's id is not enough.
 */
public interface Attachments {

    /**
     * Stores a file for {@link #currentUploader()} or throws {@link FieldErrors} (field "file")
     * saying why it was refused.
     */
    StoredFile store(String fileName, byte[] content);

    /**
     * Who the files stored in this request belong to: the signed-in account's name, or for an
     * anonymous request a tag of its own ({@code anonymous:...}), so one anonymous sender cannot
     * use another's uploads; "system" outside requests. Take it in the request's thread.
     */
    String currentUploader();

    /**
     * Marks the files as used for a record, in the caller's transaction. Throws {@link FieldErrors}
     * (field "file") unless every one exists, was uploaded by this uploader and is not used yet.
     */
    void claim(Collection<UUID> ids, String uploader, String usedFor);

    Optional<StoredFile> find(UUID id);

    Optional<byte[]> content(UUID id);

    record StoredFile(UUID id, String fileName, String contentType, long sizeBytes, String sha256) {}
}
