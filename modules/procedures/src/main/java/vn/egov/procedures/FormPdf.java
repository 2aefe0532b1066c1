package vn.egov.procedures;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.egov.kernel.api.helpers.PdfFonts;

/**
 * A one-stop form as an A4 PDF laid out as Vietnamese administrative documents are: the agency on
 * the left and the national motto on the right, a centred title, then lines, paragraphs and tables
 * (continued on new pages), an optional QR code, and the signature blocks at the foot, with room at
 * the lower right of the last page for the agency's seal. Fonts (every Vietnamese letter) are embedded.
 */
final class FormPdf {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** Kept free at the foot of the last page for the seal's visible stamp. */
    private static final float SEAL_ROOM = 110;

    private interface Block {}

    private record Line(String label, String value) implements Block {}

    private record Paragraph(String text) implements Block {}

    private record Heading(String text) implements Block {}

    private record Table(List<String> headers, float[] widths, List<List<String>> rows) implements Block {}

    private final String agency;
    private final String[] motto;
    private final String title;
    private final String subtitle;
    private final List<Block> blocks = new ArrayList<>();
    private String qr;
    private String qrCaption;
    private String[] signatures = new String[0];

    /**
     * @param agency   the issuing agency, printed upper-case at the top left
     * @param motto    the national name and motto, two lines, at the top right
     * @param title    the form's title
     * @param subtitle a line under the title (a number, a code), or null
     */
    FormPdf(String agency, String[] motto, String title, String subtitle) {
        this.agency = agency;
        this.motto = motto;
        this.title = title;
        this.subtitle = subtitle;
    }

    FormPdf line(String label, String value) {
        blocks.add(new Line(label, value == null ? "" : value));
        return this;
    }

    FormPdf paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    FormPdf heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    /** A table; {@code widths} are shares of the page width, one per column. */
    FormPdf table(List<String> headers, float[] widths, List<List<String>> rows) {
        blocks.add(new Table(headers, widths, rows));
        return this;
    }

    FormPdf qr(String text, String caption) {
        this.qr = text;
        this.qrCaption = caption;
        return this;
    }

    /** Who signs, left to right (e.g. the submitter and the receiving officer). */
    FormPdf signatures(String... roles) {
        this.signatures = roles;
        return this;
    }

    byte[] render() {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator(agency);
            Writer w = new Writer(doc, PdfFonts.load(doc, PdfFonts.REGULAR), PdfFonts.load(doc, PdfFonts.BOLD));
            w.newPage();
            w.header();
            for (Block b : blocks) {
                w.block(b);
            }
            w.foot();
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Writer {
        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        PDPageContentStream c;
        float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            c = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (c != null) {
                c.close();
                c = null;
            }
        }

        void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void header() throws IOException {
            float half = WIDTH / 2;
            float top = y;
            float left = top;
            for (String line : wrap(bold, 10, agency.toUpperCase(java.util.Locale.forLanguageTag("vi")), half - 20)) {
                centred(bold, 10, MARGIN, left, half - 20, line);
                left -= 14;
            }
            float right = top;
            centred(bold, 10, MARGIN + half, right, half, motto[0]);
            right -= 14;
            centred(bold, 10, MARGIN + half, right, half, motto[1]);
            right -= 20;
            y = Math.min(left, right) - 16;
            for (String line : wrap(bold, 14, title.toUpperCase(java.util.Locale.forLanguageTag("vi")), WIDTH)) {
                centred(bold, 14, MARGIN, y, WIDTH, line);
                y -= 20;
            }
            if (subtitle != null) {
                centred(regular, 11, MARGIN, y, WIDTH, subtitle);
                y -= 18;
            }
            y -= 8;
        }

        void block(Block b) throws IOException {
            if (b instanceof Line l) {
                List<String> lines = wrap(regular, 11, l.value(), WIDTH - 170);
                room(15 * Math.max(1, lines.size()));
                show(bold, 11, MARGIN, y, l.label());
                for (String line : lines.isEmpty() ? List.of("") : lines) {
                    show(regular, 11, MARGIN + 170, y, line);
                    y -= 15;
                }
            } else if (b instanceof Paragraph p) {
                for (String line : wrap(regular, 11, p.text(), WIDTH)) {
                    room(15);
                    show(regular, 11, MARGIN, y, line);
                    y -= 15;
                }
                y -= 4;
            } else if (b instanceof Heading h) {
                room(36);
                y -= 6;
                show(bold, 11, MARGIN, y, h.text());
                y -= 16;
            } else if (b instanceof Table t) {
                table(t);
            }
        }

        void table(Table t) throws IOException {
            row(t, t.headers(), bold);
            for (List<String> r : t.rows()) {
                row(t, r, regular);
            }
            y -= 8;
        }

        void row(Table t, List<String> cells, PDFont font) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> w = wrap(font, 9, cells.get(i) == null ? "" : cells.get(i), t.widths()[i] * WIDTH - 6);
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            float height = lines * 12 + 6;
            if (y - height < MARGIN) {
                newPage();
                if (font == regular) {
                    row(t, t.headers(), bold);
                }
            }
            float x = MARGIN;
            c.setLineWidth(0.5f);
            for (int i = 0; i < cells.size(); i++) {
                float w = t.widths()[i] * WIDTH;
                c.addRect(x, y - height + 10, w, height);
                float ty = y;
                for (String line : wrapped.get(i)) {
                    show(font, 9, x + 3, ty, line);
                    ty -= 12;
                }
                x += w;
            }
            c.stroke();
            y -= height;
        }

        void foot() throws IOException {
            if (qr != null) {
                room(110);
                qrCode(qr, MARGIN, y - 90, 90);
                if (qrCaption != null) {
                    float ty = y - 10;
                    for (String line : wrap(regular, 9, qrCaption, WIDTH - 110)) {
                        show(regular, 9, MARGIN + 100, ty, line);
                        ty -= 12;
                    }
                }
                y -= 100;
            }
            if (signatures.length > 0) {
                room(40 + SEAL_ROOM);
                float col = WIDTH / signatures.length;
                for (int i = 0; i < signatures.length; i++) {
                    centred(bold, 10, MARGIN + i * col, y - 10, col, signatures[i]);
                }
                y -= 30;
            }
        }

        void qrCode(String text, float x, float yBottom, float size) throws IOException {
            try {
                BitMatrix m =
                        new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
                float cell = size / m.getWidth();
                for (int i = 0; i < m.getWidth(); i++) {
                    for (int j = 0; j < m.getHeight(); j++) {
                        if (m.get(i, j)) {
                            c.addRect(x + i * cell, yBottom + size - (j + 1) * cell, cell, cell);
                        }
                    }
                }
                c.fill();
            } catch (WriterException e) {
                throw new IOException(e);
            }
        }

        void centred(PDFont font, float size, float x, float yy, float width, String s) throws IOException {
            show(font, size, x + (width - font.getStringWidth(s) / 1000 * size) / 2, yy, s);
        }

        void show(PDFont font, float size, float x, float yy, String s) throws IOException {
            if (s == null || s.isEmpty()) {
                return;
            }
            c.beginText();
            c.setFont(font, size);
            c.newLineAtOffset(x, yy);
            c.showText(s);
            c.endText();
        }
    }

    static List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : s.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word :
                    paragraph.replaceAll("[\\s&&[^\n]]+", " ").strip().split(" ")) {
                // a word wider than the column (a long code) is broken where it reaches the edge
                while (font.getStringWidth(word) / 1000 * size > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && font.getStringWidth(word.substring(0, cut)) / 1000 * size > width) {
                        cut--;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder();
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
