package vn.egov.indices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.GroupDefinition;
import vn.egov.kernel.api.FieldErrors;

/** The presets read as the decisions describe them, a version survives writing and reading, and bad lines are named. */
class FrameworkCsvTest {

    @Test
    void the766PresetHasSixGroupsOfTheDecisionsPointsEachMadeOfItsItems() {
        FrameworkDefinition f = FrameworkCsv.parse(IndicesStartup.preset("766.csv"), LiveFigures.NAMES);
        Map<String, Double> weights =
                f.groups().stream().collect(Collectors.toMap(GroupDefinition::code, GroupDefinition::weight));
        assertEquals(Map.of("CK", 18.0, "TD", 20.0, "DVC", 12.0, "TTTT", 10.0, "SH", 22.0, "HL", 18.0), weights);
        assertEquals(100, f.weights(), 1e-9);
        for (GroupDefinition g : f.groups()) {
            assertEquals(g.weight(), g.maxPoints(), 1e-9, "the items of " + g.code() + " add up to its points");
        }
        assertEquals(15, f.indicators().count());
        assertEquals(2, f.indicators().filter(i -> i.entered()).count(), "publication and synchronisation are entered");
        var onTime = f.indicator("TD1").orElseThrow();
        assertTrue(onTime.numerator().names().contains("dossiers.still_in_time"), "in-progress dossiers in time count");
        assertTrue(
                onTime.numerator().terms().stream()
                        .anyMatch(t -> t.minus() && t.name().equals("dossiers.on_time_with_second_supplement")),
                "a second supplement request counts as late");
        assertEquals(50.0, f.indicator("TT2").orElseThrow().threshold(), "online-dossier rate, T 50 %");
        assertEquals(90.0, f.indicator("HL1").orElseThrow().threshold(), "satisfaction, T 90 %");
    }

    @Test
    void theDti922PresetHasNineMainIndicatorsOfAThousandPoints() {
        FrameworkDefinition f = FrameworkCsv.parse(IndicesStartup.preset("dti-922.csv"), LiveFigures.NAMES);
        assertEquals(9, f.groups().size());
        assertEquals(1000, f.weights(), 1e-9);
        assertEquals(
                500,
                f.groups().subList(0, 6).stream()
                        .mapToDouble(GroupDefinition::weight)
                        .sum(),
                1e-9,
                "foundation");
        for (GroupDefinition g : f.groups()) {
            assertEquals(g.weight(), g.maxPoints(), 1e-9, g.code());
        }
        assertTrue(f.indicators().allMatch(i -> i.pillar() != null), "every component belongs to a pillar");
        assertTrue(f.indicators().anyMatch(i -> !i.entered()), "some components are computed from the platform");
    }

    @Test
    void aVersionWrittenAndReadAgainIsTheSame() {
        for (String preset : new String[] {"766.csv", "dti-922.csv"}) {
            FrameworkDefinition f = FrameworkCsv.parse(IndicesStartup.preset(preset), LiveFigures.NAMES);
            assertEquals(f, FrameworkCsv.parse(FrameworkCsv.write(f), LiveFigures.NAMES), preset);
        }
    }

    @Test
    void aBadLineIsNamedWithItsNumber() {
        String header = String.join(",", FrameworkCsv.COLUMNS) + "\n";
        String good =
                "G,Nhóm,Group,10,A1,Tên,Name,dossiers.received_online,dossiers.received,,50,10,THRESHOLD,MONTH,PERCENT,1,,,\n";
        assertEquals(
                1,
                FrameworkCsv.parse(header + good, LiveFigures.NAMES)
                        .indicators()
                        .count());
        assertRefused(header + good + good, "csv.code", 3);
        assertRefused(header + good.replace("dossiers.received_online", "dossiers.nothing"), "csv.figure", 2);
        assertRefused(
                header + good.replace("dossiers.received_online", "dossiers.received_online *"), "csv.expression", 2);
        assertRefused(header + good.replace(",50,10,", ",,10,"), "csv.threshold", 2);
        assertRefused(header + good.replace(",50,10,", ",50,-1,"), "csv.number", 2);
        assertRefused(header + good.replace("THRESHOLD", "GUESS"), "csv.choice", 2);
        assertRefused(header + good.replace(",1,,,", ",1,50:red,,"), "csv.bands", 2);
        assertRefused(header.replace(",owner", ""), "csv.column", 1);
        assertRefused(header, "csv.empty", 1);
    }

    private static void assertRefused(String csv, String key, int line) {
        FieldErrors e = assertThrows(FieldErrors.class, () -> FrameworkCsv.parse(csv, LiveFigures.NAMES));
        String text = e.fields(Locale.ENGLISH).get("csv");
        assertTrue(
                text != null && (key.equals("csv.column") || key.equals("csv.empty") || text.contains("Line " + line)),
                key + ": " + text);
        assertTrue(e.fields(Locale.ENGLISH).size() == 1, key);
    }
}
