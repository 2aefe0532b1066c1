package vn.egov.kernel.api.helpers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts of the PDFs the platform writes with PDFBox (forms, receipts, stamps), with
 * every Vietnamese letter: each parsed once per thread (a parsed font is not safe to share), and
 * without its glyph-substitution table. Vietnamese text is written precomposed (NFC), so the
 * substitutions are only Latin ligatures; PDFBox applies them word by word through regular
 * expressions, which made writing a one-page form take most of a second.
 */
public final class PdfFonts {
    public static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    public static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private PdfFonts() {}

    /** A font of the class path ({@link #REGULAR}, {@link #BOLD}) embedded as a subset in a document. */
    public static PDType0Font load(PDDocument document, String resource) throws IOException {
        return PDType0Font.load(document, PARSED.get().computeIfAbsent(resource, PdfFonts::read), true);
    }

    private static TrueTypeFont read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the class path");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font file parsed, its glyph substitutions left out. */
    public static TrueTypeFont parse(byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.getTableMap().remove("GSUB");
        return parsed;
    }
}
