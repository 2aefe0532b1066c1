package vn.egov.kernel.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Message;

/**
 * Which files the platform accepts: judged by their bytes (Apache Tika), never by the name a
 * client gave them, so a program renamed to .pdf is refused; and then proven ({@link ContentProof}):
 * images decode and are re-encoded, PDFs open with pages.
 */
public final class AttachmentPolicy {
    private static final Tika TIKA = new Tika();

    private final long maxBytes;
    private final Set<String> allowedTypes;

    public AttachmentPolicy(long maxBytes, Set<String> allowedTypes) {
        this.maxBytes = maxBytes;
        this.allowedTypes = allowedTypes;
    }

    /** The detected content type of an acceptable file. */
    public String detect(String fileName, byte[] content) {
        try {
            return TIKA.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the file is refused (a message of the kernel's bundle), or empty when it is acceptable. */
    public Optional<Message> problemWith(String fileName, byte[] content) {
        return check(fileName, content).problem();
    }

    /** The file's type and the bytes to keep (an image re-encoded), or why it is refused. */
    public Verdict check(String fileName, byte[] content) {
        Optional<Message> problem = firstLook(fileName, content);
        if (problem.isPresent()) {
            return new Verdict(null, null, problem);
        }
        String type = detect(fileName, content);
        ContentProof.Result proof = ContentProof.prove(type, content);
        return new Verdict(type, proof.content(), proof.problem());
    }

    /** A file's detected type and the bytes to keep; or the problem, and neither. */
    public record Verdict(String contentType, byte[] content, Optional<Message> problem) {}

    private Optional<Message> firstLook(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            return Optional.of(KernelRefusal.text("attachment.badName"));
        }
        if (content == null || content.length == 0) {
            return Optional.of(KernelRefusal.text("attachment.empty"));
        }
        if (content.length > maxBytes) {
            return Optional.of(KernelRefusal.text("attachment.tooLarge", maxBytes / (1024 * 1024)));
        }
        String type = detect(fileName, content);
        if (!allowedTypes.contains(type)) {
            return Optional.of(KernelRefusal.text("attachment.typeRefused", type, String.join(", ", allowedTypes)));
        }
        return Optional.empty();
    }
}
