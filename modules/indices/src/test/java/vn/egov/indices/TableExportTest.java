package vn.egov.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exports: Vietnamese survives, numbers stay numbers, a cell never becomes a formula. */
class TableExportTest {
    private static final TableExport.Table TABLE = new TableExport.Table(
            "Xếp hạng: quý 4/2026",
            List.of("Hạng", "Đơn vị", "Điểm"),
            List.of(
                    Arrays.asList(1, "Xã Tiên Du", 74.5),
                    Arrays.asList(2, "=HYPERLINK(\"http://x\",\"Phường\")", 61.25),
                    Arrays.asList(null, "-1+1", null)));

    @Test
    void csvIsUtf8WithItsMarkAndFormulasStayText() {
        String csv = new String(TableExport.csv(TABLE), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFHạng,Đơn vị,Điểm", lines.get(0));
        assertEquals("1,Xã Tiên Du,74.5", lines.get(1));
        assertTrue(lines.get(2).startsWith("2,\"'=HYPERLINK("), lines.get(2));
        assertEquals("\"\",'-1+1,", lines.get(3), "an empty first cell is quoted, so the line is not blank");
    }

    @Test
    void xlsxIsAWorkbookWithTypedCells() throws Exception {
        byte[] book = TableExport.xlsx(TABLE);
        StringBuilder sheet = new StringBuilder();
        boolean workbook = false;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("bang", ".xlsx");
        try {
            java.nio.file.Files.write(file, book);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                workbook = zip.getEntry("xl/workbook.xml") != null;
                try (var in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                    sheet.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertTrue(workbook);
        assertTrue(sheet.toString().contains("<c r=\"C2\" t=\"n\"><v>74.5</v></c>"), sheet.toString());
        assertTrue(!sheet.toString().contains("<f>"), "no formula cell");
    }
}
