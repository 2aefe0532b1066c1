package vn.egov.kernel.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.Message;

/**
 * Proof from the bytes that a file is what its first bytes claim: an image must decode, and is
 * kept re-encoded (which drops what else the file carried: EXIF with the place a photo was taken,
 * comments, appended data); a PDF must open, unencrypted, with at least one page. Other accepted
 * types are kept as they came.
 */
final class ContentProof {
    /** Larger images are refused before decoding: a small file can claim a huge canvas. */
    static final long MAX_PIXELS = 50_000_000L;

    static {
        ImageIO.setUseCache(false); // decode in memory, no temporary files
    }

    private ContentProof() {}

    /** The file as it will be kept, or why it is refused (a message of the kernel's bundle). */
    static Result prove(String type, byte[] content) {
        return switch (type) {
            case "image/png" -> image(content, "png");
            case "image/jpeg" -> image(content, "jpeg");
            case "application/pdf" -> pdf(content);
            default -> Result.kept(content);
        };
    }

    private static Result image(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers =
                    in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Result.refused(KernelRefusal.text("attachment.unreadableImage", format.toUpperCase()));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return Result.refused(KernelRefusal.text("attachment.imageTooLarge", MAX_PIXELS / 1_000_000));
                }
                BufferedImage image = reader.read(0);
                return reencode(image, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Result.refused(KernelRefusal.text("attachment.unreadableImage", format.toUpperCase()));
        }
    }

    private static Result reencode(BufferedImage image, String format) throws IOException {
        BufferedImage plain = image;
        if (format.equals("jpeg")
                && (image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM)) {
            // the JPEG writer takes neither transparency nor unusual colour models
            plain = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            plain.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(plain, format, out)) {
            return Result.refused(KernelRefusal.text("attachment.imageNotKept"));
        }
        return Result.kept(out.toByteArray());
    }

    private static Result pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                return Result.refused(KernelRefusal.text("attachment.pdfEncrypted"));
            }
            if (document.getNumberOfPages() < 1) {
                return Result.refused(KernelRefusal.text("attachment.pdfNoPages"));
            }
            return Result.kept(content);
        } catch (IOException | RuntimeException unreadable) {
            return Result.refused(KernelRefusal.text("attachment.pdfUnreadable"));
        }
    }

    /** The bytes to keep, or the reason for a refusal. */
    record Result(byte[] content, Optional<Message> problem) {
        static Result kept(byte[] content) {
            return new Result(content, Optional.empty());
        }

        static Result refused(Message why) {
            return new Result(null, Optional.of(why));
        }
    }
}
