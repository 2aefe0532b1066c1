package vn.egov.kernel.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    private final AttachmentPolicy policy = new AttachmentPolicy(1024, Set.of("application/pdf", "image/png"));

    @Test
    void acceptsAllowedTypesByTheirBytes() {
        assertTrue(policy.problemWith("don.pdf", PDF).isEmpty());
        assertTrue(policy.problemWith("anh.png", PNG).isEmpty());
        assertEquals("application/pdf", policy.detect("don.pdf", PDF));
    }

    @Test
    void refusesAProgramRenamedToPdf() {
        assertTrue(policy.problemWith("don.pdf", EXE).orElseThrow().contains("không được chấp nhận"));
    }

    @Test
    void refusesOversizeEmptyAndNamelessFiles() {
        assertTrue(policy.problemWith("lon.pdf", new byte[2048]).orElseThrow().contains("lớn hơn"));
        assertTrue(policy.problemWith("rong.pdf", new byte[0]).orElseThrow().contains("rỗng"));
        assertTrue(policy.problemWith(" ", PDF).isPresent());
    }
}
