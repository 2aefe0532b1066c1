package vn.egov.signing.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible stamp of a signature, in Vietnamese: who signed, when (Vietnam time) and why, on
 * an opaque light background in a frame. It is the appearance of the signature field's widget,
 * drawn in the document being signed; the text is set in Liberation Sans, embedded (subset), so
 * every diacritic shows.
 */
final class StampAppearance {
    static final String FONT = "/liberation/LiberationSans-Regular.ttf";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final float FONT_SIZE = 8;
    private static final float LEADING = 10;
    private static final float PADDING = 4;
    /** Every letter of Vietnamese with its tones, digits and the punctuation a stamp uses. */
    static final String ALPHABET =
            "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYFJWZ" + "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ";

    private static final String CHARACTERS =
            ALPHABET + ALPHABET.toLowerCase(java.util.Locale.ROOT) + "0123456789 .,:;/-–()'\"!?%&+*@#_=[]";
    /** The TrueType tables a stamp needs; no substitution or positioning (PDFBox applies neither to Vietnamese). */
    private static final List<String> DRAWING_TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "post",
            "cmap");
    /**
     * Liberation Sans cut down once to the characters above and the tables that draw them: each
     * stamp then subsets this small font instead of parsing and subsetting the whole one, which
     * took most of a stamped signature's time. Parsed once per thread, because a parsed font reads
     * its glyphs from one shared buffer. A stamp with other characters uses the whole font.
     */
    private static final ThreadLocal<TrueTypeFont> SMALL_FONT = ThreadLocal.withInitial(() -> parse(subsetFont()));

    private static final ThreadLocal<TrueTypeFont> FULL_FONT = ThreadLocal.withInitial(() -> parse(fontFile()));

    private StampAppearance() {}

    /** The lines of the stamp. */
    static List<String> lines(SigningParameters parameters) {
        List<String> lines = new ArrayList<>();
        lines.add("Ký bởi: " + parameters.signerName());
        lines.add("Thời gian: " + TIME.format(parameters.time()) + " (giờ Việt Nam)");
        if (parameters.reason() != null && !parameters.reason().isBlank()) {
            lines.add("Lý do: " + parameters.reason());
        }
        if (parameters.location() != null && !parameters.location().isBlank()) {
            lines.add("Nơi ký: " + parameters.location());
        }
        return lines;
    }

    /**
     * Draws the stamp as the appearance of the signature's widget, in the document being signed,
     * and puts the widget on its page. PDFBox's own visible signatures build a separate template
     * document, save it and parse it again for every stamp; this draws straight into the target.
     * Call after {@code addSignature} (which leaves an invisible widget) and before saving.
     */
    static void apply(PDDocument document, PDSignature signature, SigningParameters parameters) throws IOException {
        StampPlacement place = parameters.stamp();
        PDPage page = document.getPage(place.page() - 1);
        PDSignatureField field = fieldOf(document, signature);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        int rotation = page.getRotation();
        widget.setRectangle(place.onPage(page.getMediaBox(), rotation));
        widget.setPage(page);
        widget.setPrinted(true);

        PDFormXObject appearance = new PDFormXObject(document);
        appearance.setResources(new PDResources());
        appearance.setFormType(1);
        appearance.setBBox(new PDRectangle(place.width(), place.height()));
        // drawn upright in its box, then turned against the page's clockwise turn
        int quarters = Math.floorMod(rotation, 360) / 90;
        if (quarters != 0) {
            appearance.setMatrix(java.awt.geom.AffineTransform.getQuadrantRotateInstance(quarters));
        }
        PDAppearanceStream stream = new PDAppearanceStream(appearance.getCOSObject());
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(stream);
        widget.setAppearance(dictionary);

        List<String> lines = lines(parameters);
        boolean common = lines.stream().allMatch(StampAppearance::printable);
        PDType0Font type0 = PDType0Font.load(document, common ? SMALL_FONT.get() : FULL_FONT.get(), true);
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            // opaque, so nothing under the stamp shows through its text, and framed
            content.setNonStrokingColor(1f, 0.98f, 0.94f);
            content.addRect(0, 0, place.width(), place.height());
            content.fill();
            content.setStrokingColor(0.75f, 0.1f, 0.1f);
            content.setLineWidth(1);
            content.addRect(0.5f, 0.5f, place.width() - 1, place.height() - 1);
            content.stroke();
            content.setNonStrokingColor(0.75f, 0.1f, 0.1f);
            content.beginText();
            content.setFont(type0, FONT_SIZE);
            content.setLeading(LEADING);
            content.newLineAtOffset(PADDING, place.height() - PADDING - FONT_SIZE);
            for (String line : wrap(common ? lines : printableIn(lines, type0), type0, place.width() - 2 * PADDING)) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }

        // on the page, as PDFBox puts a visible signature's widget: a direct /Annots array, the page rewritten
        List<PDAnnotation> annotations = page.getAnnotations();
        page.setAnnotations(annotations);
        annotations.add(widget);
        page.getCOSObject().setNeedToBeUpdated(true);
        widget.getCOSObject().setNeedToBeUpdated(true);
    }

    /** The signature field holding this signature dictionary, which addSignature has just made. */
    private static PDSignatureField fieldOf(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            PDSignature value = field.getSignature();
            if (value != null && value.getCOSObject() == signature.getCOSObject()) {
                return field;
            }
        }
        throw new IOException("The new signature has no field");
    }

    private static byte[] fontFile() {
        try (InputStream font = StampAppearance.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("The stamp font " + FONT + " is missing from the class path");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The stamp font " + FONT + " cannot be read", e);
        }
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return vn.egov.kernel.api.helpers.PdfFonts.parse(font);
        } catch (IOException e) {
            throw new IllegalStateException("The stamp font cannot be parsed", e);
        }
    }

    static byte[] subsetFont() {
        try (TrueTypeFont full = parse(fontFile())) {
            // only the tables that draw glyphs: left in, GSUB made PDFBox run its ligature rules (compiling
            // regular expressions) on every line of every stamp, and GSUB, GPOS and kern were most of the file
            TTFSubsetter subsetter = new TTFSubsetter(full, DRAWING_TABLES);
            CHARACTERS.codePoints().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The stamp font cannot be cut down", e);
        }
    }

    /** The lines with each character the font lacks shown as "?", rather than failing the signature. */
    private static List<String> printableIn(List<String> lines, PDType0Font font) {
        List<String> shown = new ArrayList<>();
        for (String line : lines) {
            StringBuilder text = new StringBuilder();
            line.codePoints().forEach(c -> {
                String character = new String(Character.toChars(c));
                try {
                    font.encode(character);
                    text.append(character);
                } catch (IOException | IllegalArgumentException missing) {
                    text.append('?');
                }
            });
            shown.add(text.toString());
        }
        return shown;
    }

    /** Whether every character of a text is in the stamp's font. */
    static boolean printable(String text) {
        return text.codePoints().allMatch(c -> CHARACTERS.indexOf(c) >= 0);
    }

    /** Breaks lines at spaces so that each fits the stamp's width. */
    static List<String> wrap(List<String> lines, PDType0Font font, float width) throws IOException {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                    wrapped.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            wrapped.add(current.toString());
        }
        return wrapped;
    }
}
