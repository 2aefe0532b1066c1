package vn.egov.payments;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.PdfFonts;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.payments.domain.FeeLineItem;
import vn.egov.payments.domain.PaymentMethod;
import vn.egov.payments.domain.Receipt;
import vn.egov.payments.domain.ReceiptSeries;

/**
 * The receipt as a PDF (A4), in Vietnamese whatever the reader's language, with its fonts embedded,
 * room at the lower right of the page for the agency's seal, and a QR code that opens its lookup.
 */
final class ReceiptPdf {
    private static final String REGULAR = PdfFonts.REGULAR;
    private static final String BOLD = PdfFonts.BOLD;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final float MARGIN = 56;

    private ReceiptPdf() {}

    private static String t(String key, Object... args) {
        return Message.text(Message.VIETNAMESE, PaymentsModule.BUNDLE, "pdf." + key, args);
    }

    /** The PDF of an issued receipt; {@code lookupUrl} is the public page that shows it. */
    static byte[] render(Receipt r, String lookupUrl) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t("title") + " " + r.getFullNumber());
            info.setAuthor(r.getSeries().getCollectorName());
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont regular = font(doc, REGULAR);
            PDFont bold = font(doc, BOLD);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            ReceiptSeries s = r.getSeries();
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                Writer w = new Writer(c, regular, bold);
                float right = MARGIN + width * 0.62f;
                w.text(bold, 11, MARGIN, y, s.getCollectorName(), width * 0.6f);
                w.text(regular, 9, right, y, t("template", s.getTemplateSymbol()), width * 0.38f);
                y -= 14;
                w.text(regular, 9, MARGIN, y, t("taxCode", s.getCollectorTaxCode()), width * 0.6f);
                w.text(regular, 9, right, y, t("series", s.getSeriesSymbol()), width * 0.38f);
                y -= 14;
                y = w.wrapped(regular, 9, MARGIN, y, t("address", s.getCollectorAddress()), width * 0.6f);
                w.text(bold, 10, right, y + 14, t("number", ReceiptSeries.printed(r.getNumber())), width * 0.38f);
                y -= 28;
                w.centred(bold, 16, MARGIN, y, width, t("title"));
                y -= 16;
                w.centred(regular, 10, MARGIN, y, width, t("electronic"));
                y -= 14;
                java.time.LocalDate day = local(r.getIssuedAt()).toLocalDate();
                w.centred(
                        regular,
                        10,
                        MARGIN,
                        y,
                        width,
                        t(
                                "date",
                                String.format("%02d", day.getDayOfMonth()),
                                String.format("%02d", day.getMonthValue()),
                                String.valueOf(day.getYear())));
                if (r.getReplaces() != null) {
                    y -= 14;
                    w.centred(
                            bold,
                            10,
                            MARGIN,
                            y,
                            width,
                            t("replaces", r.getReplaces().getFullNumber()));
                }
                y -= 28;
                y = w.wrapped(regular, 10, MARGIN, y, t("payer", r.getPayerName()), width);
                y = w.wrapped(regular, 10, MARGIN, y, t("payerId", r.getPayerIdNumber()), width);
                if (r.getPayerAddress() != null) {
                    y = w.wrapped(regular, 10, MARGIN, y, t("payerAddress", r.getPayerAddress()), width);
                }
                String title = r.getOrder().getCaseTitle();
                y = w.wrapped(
                        regular,
                        10,
                        MARGIN,
                        y,
                        t("case", r.getOrder().reference().code()) + (title == null ? "" : " — " + title),
                        width);
                y -= 10;
                float[] cols = {MARGIN, MARGIN + 30, MARGIN + width * 0.52f, MARGIN + width * 0.80f};
                w.text(bold, 9, cols[0], y, t("col.no"), 28);
                w.text(bold, 9, cols[1], y, t("col.name"), cols[2] - cols[1] - 6);
                w.text(bold, 9, cols[2], y, t("col.basis"), cols[3] - cols[2] - 6);
                w.right(bold, 9, MARGIN + width, y, t("col.amount"));
                y -= 4;
                w.line(MARGIN, y, MARGIN + width);
                y -= 13;
                for (FeeLineItem line : r.getOrder().getLines()) {
                    float top = y;
                    w.text(regular, 9, cols[0], y, String.valueOf(line.getLineNo()), 28);
                    float a = w.wrapped(
                            regular,
                            9,
                            cols[1],
                            y,
                            line.getName() + " (" + t("kind." + line.getKind().name()) + ")",
                            cols[2] - cols[1] - 6);
                    float b = w.wrapped(
                            regular,
                            9,
                            cols[2],
                            y,
                            line.getLegalBasis() == null ? "" : line.getLegalBasis(),
                            cols[3] - cols[2] - 6);
                    w.right(regular, 9, MARGIN + width, top, PaymentsText.money(line.getAmount()));
                    y = Math.min(a, b) - 2;
                }
                w.line(MARGIN, y + 8, MARGIN + width);
                y -= 6;
                w.text(bold, 10, cols[1], y, t("total"), width * 0.5f);
                w.right(bold, 10, MARGIN + width, y, PaymentsText.money(r.getTotal()));
                y -= 16;
                y = w.wrapped(regular, 10, MARGIN, y, t("words", r.getTotalWords()), width);
                y -= 6;
                String method = r.getMethod() == PaymentMethod.ONLINE
                        ? t("method.ONLINE", r.getGatewayTxnNo() == null ? "" : r.getGatewayTxnNo())
                        : t("method." + r.getMethodDetail());
                y = w.wrapped(regular, 10, MARGIN, y, t("method", method), width);
                y = w.wrapped(regular, 10, MARGIN, y, t("time", TIME.format(local(r.getIssuedAt()))), width);
                y = w.wrapped(regular, 10, MARGIN, y, t("lookup", r.getLookupCode(), lookupUrl), width);
                y -= 8;
                qr(doc, c, lookupUrl, MARGIN, y - 90, 90);
                w.wrapped(regular, 8, MARGIN + 100, y - 20, t("sealNote"), width - 100);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.time.LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(VietnameseDates.ZONE).toLocalDateTime();
    }

    /** The fonts parsed once per thread (a parsed font is not safe to share), subset into each PDF. */
    private static PDFont font(PDDocument doc, String resource) throws IOException {
        return PdfFonts.load(doc, resource);
    }

    private static void qr(PDDocument doc, PDPageContentStream c, String text, float x, float y, float size)
            throws IOException {
        try {
            BitMatrix m =
                    new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
            float cell = size / m.getWidth();
            c.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < m.getWidth(); i++) {
                for (int j = 0; j < m.getHeight(); j++) {
                    if (m.get(i, j)) {
                        c.addRect(x + i * cell, y + size - (j + 1) * cell, cell, cell);
                    }
                }
            }
            c.fill();
        } catch (WriterException e) {
            throw new IOException(e);
        }
    }

    /** Text drawing with wrapping at a width. */
    private record Writer(PDPageContentStream c, PDFont regular, PDFont bold) {
        void text(PDFont font, float size, float x, float y, String s, float width) throws IOException {
            List<String> lines = wrap(font, size, s, width);
            show(font, size, x, y, lines.isEmpty() ? "" : lines.get(0));
        }

        float wrapped(PDFont font, float size, float x, float y, String s, float width) throws IOException {
            for (String line : wrap(font, size, s, width)) {
                show(font, size, x, y, line);
                y -= size + 4;
            }
            return y;
        }

        void centred(PDFont font, float size, float x, float y, float width, String s) throws IOException {
            show(font, size, x + (width - font.getStringWidth(s) / 1000 * size) / 2, y, s);
        }

        void right(PDFont font, float size, float xRight, float y, String s) throws IOException {
            show(font, size, xRight - font.getStringWidth(s) / 1000 * size, y, s);
        }

        void line(float x1, float y, float x2) throws IOException {
            c.setLineWidth(0.5f);
            c.moveTo(x1, y);
            c.lineTo(x2, y);
            c.stroke();
        }

        private void show(PDFont font, float size, float x, float y, String s) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            c.beginText();
            c.setFont(font, size);
            c.newLineAtOffset(x, y);
            c.showText(s);
            c.endText();
        }

        private static List<String> wrap(PDFont font, float size, String s, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.replaceAll("\\s+", " ").strip().split(" ")) {
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
            return lines;
        }
    }
}
