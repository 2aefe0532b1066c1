package vn.egov.procedures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.testing.TestDatabase;
import vn.egov.procedures.domain.Channel;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.Handover;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ResultDelivery;

/** The schema and the mapping on a real PostgreSQL: the catalogue's versions, a dossier, the append-only control sheet, the demo CSV. */
class ProceduresDatabaseTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00+07:00");
    private static final Path DEMO = Path.of("../../config/demo/procedures-catalogue.csv");

    /** Every agency code gets a made-up id, so the demo file reads without the organisation tree. */
    private static List<CatalogueCsv.Row> demoRows() throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (Reader in = Files.newBufferedReader(DEMO, StandardCharsets.UTF_8)) {
            return CatalogueCsv.read(
                    in, code -> ids.computeIfAbsent(code, c -> 1000L + ids.size()), LocalDate.of(2026, 12, 7));
        }
    }

    @Test
    void theDemoCatalogueHasTwentyProceduresOfBothTiersThatPassTheRulesAndSurviveAnExportAndImport() throws Exception {
        List<CatalogueCsv.Row> rows = demoRows();
        assertTrue(rows.size() >= 20, "at least 20 demo procedures");
        assertTrue(rows.stream().anyMatch(r -> r.facts().tier() == vn.egov.procedures.domain.Tier.COMMUNE));
        assertTrue(rows.stream().anyMatch(r -> r.facts().tier() == vn.egov.procedures.domain.Tier.PROVINCE));
        for (CatalogueCsv.Row r : rows) {
            CatalogueRules.check(r.facts(), r.agencyIds(), r.parts());
        }
        assertEquals(
                List.of("2.000635", "2.000815", "1.009972"),
                rows.stream()
                        .filter(r -> r.facts().sealedCopy())
                        .map(r -> r.facts().code())
                        .toList(),
                "the procedures whose result comes with a sealed copy");
        List<Procedure> saved = TestDatabase.inTransaction("procedures", em -> {
            List<Procedure> out = new java.util.ArrayList<>();
            for (CatalogueCsv.Row r : rows) {
                Procedure p = new Procedure(r.facts(), r.agencyIds(), r.parts(), r.effectiveFrom(), NOW, "test");
                em.persist(p);
                out.add(p);
            }
            return out;
        });
        List<Procedure> read = TestDatabase.inTransaction(
                "procedures",
                em -> em
                        .createQuery(
                                "select p from Procedure p where p.createdBy = 'test' order by p.id", Procedure.class)
                        .getResultList()
                        .stream()
                        .peek(p -> p.getComponents().size())
                        .toList());
        assertEquals(saved.size(), read.size());
        String exported = CatalogueCsv.write(read, id -> "U" + id);
        List<CatalogueCsv.Row> again = CatalogueCsv.read(
                new StringReader(exported), code -> Long.parseLong(code.substring(1)), LocalDate.of(2026, 12, 7));
        assertEquals(rows.size(), again.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).facts(), again.get(i).facts());
            assertEquals(rows.get(i).agencyIds(), again.get(i).agencyIds());
            assertEquals(rows.get(i).parts().size(), again.get(i).parts().size());
        }
    }

    @Test
    void aFileWithoutTheSealedCopyColumnStillReadsAndAsksForNoCopy() throws Exception {
        List<String> older = java.util.Arrays.stream(CatalogueCsv.HEADER)
                .filter(h -> !h.equals("sealed_copy"))
                .toList();
        StringBuilder csv = new StringBuilder();
        try (Reader in = Files.newBufferedReader(DEMO, StandardCharsets.UTF_8);
                var printer = new org.apache.commons.csv.CSVPrinter(
                        csv,
                        org.apache.commons.csv.CSVFormat.DEFAULT
                                .builder()
                                .setHeader(older.toArray(String[]::new))
                                .get())) {
            for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                printer.printRecord(older.stream().map(r::get).toList());
            }
        }
        assertFalse(csv.toString().lines().findFirst().orElseThrow().contains("sealed_copy"));
        List<CatalogueCsv.Row> rows =
                CatalogueCsv.read(new StringReader(csv.toString()), c -> 1L, LocalDate.of(2026, 12, 7));
        assertEquals(demoRows().size(), rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.facts().sealedCopy()));
    }

    @Test
    void aBadCsvLineIsRefusedNamingItsLine() {
        String csv = String.join(",", CatalogueCsv.HEADER)
                + "\n1.1,Tên,HT,Hộ tịch,DISTRICT,FULL,1,DAYS,NONE,BN,Kết quả,Luật,Nơi,,,,,\n";
        var refused = assertThrows(
                vn.egov.kernel.api.FieldErrors.class,
                () -> CatalogueCsv.read(new StringReader(csv), c -> 1L, LocalDate.of(2026, 12, 7)));
        assertTrue(
                refused.fields(java.util.Locale.ENGLISH).get("file").contains("Line 2"),
                refused.fields(java.util.Locale.ENGLISH).toString());
    }

    @Test
    void theControlSheetRefusesUpdatesAndDeletes() throws Exception {
        CatalogueCsv.Row row = demoRows().get(0);
        long handoverId = TestDatabase.inTransaction("procedures", em -> {
            Procedure.Facts f = row.facts();
            Procedure p = new Procedure(
                    new Procedure.Facts(
                            "9.000001",
                            f.name(),
                            f.fieldCode(),
                            f.fieldName(),
                            f.tier(),
                            f.onlineLevel(),
                            f.deadlineAmount(),
                            f.deadlineUnit(),
                            f.feeTiming(),
                            f.resultKind(),
                            f.legalBasis(),
                            f.whereToSubmit(),
                            f.sealedCopy()),
                    row.agencyIds(),
                    row.parts(),
                    row.effectiveFrom(),
                    NOW,
                    "sheet-test");
            em.persist(p);
            Dossier d = new Dossier(
                    p,
                    row.agencyIds().get(0),
                    row.agencyIds().get(0),
                    Channel.ONLINE,
                    new Dossier.Owner(false, "Nguyễn Văn An", "027095001234", "0912345678", null, null),
                    "congdan",
                    "Đăng ký khai sinh cho con",
                    "{\"child_name\":\"Nguyễn Văn Bình\"}",
                    ResultDelivery.ONLINE,
                    NOW);
            em.persist(d);
            em.flush();
            d.submit("000.00.12.H05-261207-0001", NOW);
            Handover h = new Handover(d, DossierAction.SUBMIT, null, "congdan", null, NOW);
            em.persist(h);
            em.flush();
            return h.getId();
        });
        assertThrows(
                PersistenceException.class,
                () -> TestDatabase.inTransaction(
                        "procedures",
                        em -> em.createNativeQuery(
                                        "update procedures.handover set note = 'changed' where id = " + handoverId)
                                .executeUpdate()));
        assertThrows(
                PersistenceException.class,
                () -> TestDatabase.inTransaction(
                        "procedures",
                        em -> em.createNativeQuery("delete from procedures.handover where id = " + handoverId)
                                .executeUpdate()));
        long rows = TestDatabase.inTransaction(
                "procedures",
                em -> ((Number) em.createNativeQuery("select count(*) from procedures.handover where id = " + handoverId
                                        + " and note is null")
                                .getSingleResult())
                        .longValue());
        assertEquals(1, rows);
        Dossier back = TestDatabase.inTransaction(
                "procedures",
                em -> em.createQuery(
                                "select d from Dossier d where d.code = '000.00.12.H05-261207-0001'", Dossier.class)
                        .getSingleResult());
        assertEquals(Channel.ONLINE, back.getChannel());
        assertEquals("Nguyễn Văn Bình", FormData.read(back.getFormData()).get("child_name"));
        assertEquals(1, back.getStatus().portalCode());
    }
}
