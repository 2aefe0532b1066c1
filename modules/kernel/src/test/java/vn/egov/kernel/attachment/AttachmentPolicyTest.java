package vn.egov.kernel.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.Message;

class AttachmentPolicyTest {
    static final byte[] PDF =
            ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_HEADER = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0
    };

    private final AttachmentPolicy policy =
            new AttachmentPolicy(64 * 1024, Set.of("application/pdf", "image/png", "image/jpeg"));

    /** Why the file is refused, in Vietnamese. */
    private String problem(String fileName, byte[] content) {
        return policy.problemWith(fileName, content).orElseThrow().in(Message.VIETNAMESE);
    }

    @Test
    void acceptsAllowedTypesByTheirBytes() throws Exception {
        assertTrue(policy.problemWith("don.pdf", PDF).isEmpty());
        assertTrue(policy.problemWith("anh.png", png()).isEmpty());
        assertEquals("application/pdf", policy.detect("don.pdf", PDF));
    }

    @Test
    void refusesAProgramRenamedToPdf() {
        assertTrue(problem("don.pdf", EXE).contains("không được chấp nhận"));
        assertTrue(policy.problemWith("don.pdf", EXE)
                .orElseThrow()
                .in(Locale.ENGLISH)
                .matches("Files of type \\S+ are not accepted; accepted types: .*application/pdf.*"));
    }

    @Test
    void refusesWhatOnlyLooksLikeAnImageOrAPdf() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        System.arraycopy(PNG_HEADER, 0, noise, 0, PNG_HEADER.length);
        assertEquals(
                "Không đọc được ảnh: tệp hỏng hoặc không phải ảnh PNG.",
                problem("anh.png", noise),
                "random bytes after a PNG signature");
        byte[] disguised = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), EXE);
        assertTrue(problem("don.pdf", disguised).contains("PDF"), "a program after a PDF header");
        byte[] noPages =
                "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII);
        assertTrue(policy.problemWith("rong.pdf", noPages).isPresent());
    }

    @Test
    void imagesAreKeptReEncodedWithoutWhatTheyCarriedBesideThePicture() throws Exception {
        byte[] tagged = concat(png(), "GPS 21.1795 106.0716 nha rieng".getBytes(StandardCharsets.US_ASCII));
        AttachmentPolicy.Verdict verdict = policy.check("anh.png", tagged);
        assertTrue(verdict.problem().isEmpty());
        assertFalse(
                new String(verdict.content(), StandardCharsets.ISO_8859_1).contains("GPS"),
                "data after the image is gone");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(verdict.content()));
        assertEquals(3, back.getWidth());
        assertEquals(0xFF0000, back.getRGB(1, 1) & 0xFFFFFF, "the picture itself is kept");
    }

    @Test
    void refusesOversizeEmptyAndNamelessFiles() {
        assertTrue(problem("lon.pdf", new byte[128 * 1024]).contains("lớn hơn"));
        assertEquals(
                "The file is empty.",
                policy.problemWith("rong.pdf", new byte[0]).orElseThrow().in(Locale.ENGLISH));
        assertTrue(problem("rong.pdf", new byte[0]).contains("rỗng"));
        assertTrue(policy.problemWith(" ", PDF).isPresent());
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(3, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
