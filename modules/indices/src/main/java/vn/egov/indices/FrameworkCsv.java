package vn.egov.indices;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.egov.indices.domain.ColourBands;
import vn.egov.indices.domain.FigureExpression;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.GroupDefinition;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.IndicatorUnit;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.ScoringRule;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;

/**
 * A framework version as CSV, one indicator a line, its group's columns filled on the group's first
 * line: how the presets are kept ({@code indices/presets/*.csv}) and how admins edit a framework
 * (export, change, import as a new version). Every mistake is named with its line.
 */
public final class FrameworkCsv {
    public static final List<String> COLUMNS = List.of(
            "group",
            "group_name_vi",
            "group_name_en",
            "group_weight",
            "code",
            "name_vi",
            "name_en",
            "numerator",
            "denominator",
            "shortfall",
            "threshold",
            "max_points",
            "rule",
            "period",
            "unit",
            "decimals",
            "bands",
            "pillar",
            "owner");

    private static final Set<String> PILLARS = Set.of("GOVERNMENT", "ECONOMY", "SOCIETY");

    private FrameworkCsv() {}

    /** Reads a version; throws FieldErrors on field {@code csv} naming the first bad line and why. */
    public static FrameworkDefinition parse(String text, Set<String> figures) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new StringReader(text == null ? "" : text.replace("\uFEFF", "")))
                    .getRecords();
        } catch (IOException | RuntimeException e) {
            throw refused("csv.unreadable", 1, "");
        }
        if (records.isEmpty()) {
            throw refused("csv.empty", 1, "");
        }
        Map<String, Integer> header = records.get(0).getParser().getHeaderMap();
        for (String c : COLUMNS) {
            if (!header.containsKey(c)) {
                throw refused("csv.column", 1, c);
            }
        }
        Map<String, String[]> groups = new LinkedHashMap<>();
        Map<String, List<IndicatorDefinition>> items = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (CSVRecord r : records) {
            int line = (int) r.getRecordNumber() + 1;
            String group = required(r, "group", line);
            if (!groups.containsKey(group)) {
                groups.put(group, new String[] {
                    required(r, "group_name_vi", line),
                    required(r, "group_name_en", line),
                    String.valueOf(number(r, "group_weight", line, true))
                });
                items.put(group, new ArrayList<>());
            }
            String code = required(r, "code", line);
            if (!code.matches("[A-Za-z0-9._-]{1,40}") || !codes.add(code)) {
                throw refused("csv.code", line, code);
            }
            FigureExpression numerator = expression(r, "numerator", line, figures);
            if (numerator.isEmpty()) {
                throw refused("csv.missing", line, "numerator");
            }
            FigureExpression denominator = expression(r, "denominator", line, figures);
            FigureExpression shortfall = expression(r, "shortfall", line, figures);
            ScoringRule rule = choice(ScoringRule.class, r, "rule", line);
            Double threshold = number(r, "threshold", line, false);
            if (rule.usesThreshold() && threshold == null) {
                throw refused("csv.threshold", line, code);
            }
            double max = number(r, "max_points", line, true);
            Double decimals = number(r, "decimals", line, true);
            if (decimals < 0 || decimals > 4 || decimals != Math.rint(decimals)) {
                throw refused("csv.number", line, "decimals");
            }
            ColourBands bands;
            try {
                bands = ColourBands.parse(r.get("bands"));
            } catch (IllegalArgumentException e) {
                throw refused("csv.bands", line, r.get("bands"));
            }
            String pillar = r.get("pillar").isEmpty() ? null : r.get("pillar").toUpperCase(Locale.ROOT);
            if (pillar != null && !PILLARS.contains(pillar)) {
                throw refused("csv.choice", line, "pillar");
            }
            items.get(group)
                    .add(new IndicatorDefinition(
                            code,
                            required(r, "name_vi", line),
                            required(r, "name_en", line),
                            numerator,
                            denominator,
                            shortfall,
                            threshold,
                            max,
                            rule,
                            choice(PeriodType.class, r, "period", line),
                            choice(IndicatorUnit.class, r, "unit", line),
                            decimals.intValue(),
                            bands,
                            pillar,
                            r.get("owner").isEmpty() ? null : r.get("owner")));
        }
        List<GroupDefinition> out = new ArrayList<>();
        groups.forEach((code, g) ->
                out.add(new GroupDefinition(code, g[0], g[1], Double.parseDouble(g[2]), List.copyOf(items.get(code)))));
        return new FrameworkDefinition(List.copyOf(out));
    }

    /** Writes a version in the same columns, to be changed and imported again. */
    public static String write(FrameworkDefinition framework) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get())) {
            for (GroupDefinition g : framework.groups()) {
                boolean first = true;
                for (IndicatorDefinition i : g.indicators()) {
                    p.printRecord(
                            g.code(),
                            first ? g.nameVi() : "",
                            first ? g.nameEn() : "",
                            first ? plain(g.weight()) : "",
                            i.code(),
                            i.nameVi(),
                            i.nameEn(),
                            i.numerator().toString(),
                            i.denominator().toString(),
                            i.shortfall().toString(),
                            i.threshold() == null ? "" : plain(i.threshold()),
                            plain(i.maxPoints()),
                            i.rule().name(),
                            i.periodType().name(),
                            i.unit().name(),
                            i.decimals(),
                            i.bands().toString(),
                            i.pillar() == null ? "" : i.pillar(),
                            i.owner() == null ? "" : i.owner());
                    first = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String required(CSVRecord r, String column, int line) {
        String v = r.isSet(column) ? r.get(column) : "";
        if (v.isEmpty()) {
            throw refused("csv.missing", line, column);
        }
        return v;
    }

    private static Double number(CSVRecord r, String column, int line, boolean required) {
        String v = r.isSet(column) ? r.get(column).replace(',', '.') : "";
        if (v.isEmpty()) {
            if (required) {
                throw refused("csv.missing", line, column);
            }
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw refused("csv.number", line, column);
            }
            return d;
        } catch (NumberFormatException e) {
            throw refused("csv.number", line, column);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, CSVRecord r, String column, int line) {
        try {
            return Enum.valueOf(type, r.get(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("csv.choice", line, column);
        }
    }

    private static FigureExpression expression(CSVRecord r, String column, int line, Set<String> figures) {
        FigureExpression e;
        try {
            e = FigureExpression.parse(r.get(column));
        } catch (IllegalArgumentException x) {
            throw refused("csv.expression", line, r.get(column));
        }
        for (String name : e.names()) {
            boolean entered = FigureExpression.ENTERED.equals(name)
                    && "numerator".equals(column)
                    && e.terms().size() == 1;
            if (!entered && !figures.contains(name)) {
                throw refused("csv.figure", line, name);
            }
        }
        return e;
    }

    private static FieldErrors refused(String key, int line, String what) {
        return FieldErrors.of("csv", Message.of(IndicesModule.BUNDLE, key, line, what));
    }
}
