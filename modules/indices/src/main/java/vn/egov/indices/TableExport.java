package vn.egov.indices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table of the dashboards (a ranking, a unit's indicators, the records behind a figure, plan
 * targets) written as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese
 * letters; text that would read as a formula kept text) or XLSX (fastexcel: cells are typed, so
 * text is never a formula): numbers stay numbers, the header row is bold.
 */
public final class TableExport {
    private TableExport() {}

    public record Table(String title, List<String> headers, List<List<Object>> rows) {}

    public static byte[] csv(Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            w.write('\uFEFF');
            p.printRecord(t.headers());
            for (List<Object> row : t.rows()) {
                p.printRecord(row.stream().map(TableExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A CSV cell: text that a spreadsheet would read as a formula (=, +, -, @ first: a unit or
     * procedure named so by someone) is led by an apostrophe, so it stays text.
     */
    static Object cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return v;
    }

    public static byte[] xlsx(Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "egov-platform", "1.0");
            String name = t.title().replaceAll("[\\\\/?*\\[\\]:]", " ");
            Worksheet ws = wb.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
            for (int c = 0; c < t.headers().size(); c++) {
                ws.value(0, c, t.headers().get(c));
                ws.style(0, c).bold().set();
            }
            for (int r = 0; r < t.rows().size(); r++) {
                List<Object> row = t.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
