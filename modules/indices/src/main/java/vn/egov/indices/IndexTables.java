package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.egov.indices.TableExport.Table;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.GroupDefinition;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.Scorecard;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;

/**
 * The dashboards' tables, the same for the pages, the API and the CSV and XLSX exports: the ranking
 * of a tier's units, one unit's indicators, the records behind a figure, a plan's targets.
 */
@ApplicationScoped
public class IndexTables {

    @Inject
    Snapshots snapshots;

    @Inject
    Frameworks frameworks;

    @Inject
    Units units;

    @Inject
    Drill drill;

    @Inject
    Plans plans;

    /** A unit's place in a ranking: rank is null for a unit with no data. */
    public record Ranked(Integer rank, OrgUnitView unit, Scorecard.UnitScore score) {}

    public List<Ranked> ranking(IndexResult r, Units.Tier tier) {
        List<Ranked> scored = new ArrayList<>();
        List<Ranked> empty = new ArrayList<>();
        for (OrgUnitView u : units.of(tier)) {
            IndexResult.UnitResult ur = r.unit(u.id());
            if (ur == null || ur.score().total() == null) {
                empty.add(new Ranked(null, u, ur == null ? null : ur.score()));
            } else {
                scored.add(new Ranked(null, u, ur.score()));
            }
        }
        scored.sort(Comparator.comparing((Ranked x) -> -x.score().total())
                .thenComparing(x -> x.unit().name()));
        List<Ranked> out = new ArrayList<>();
        int rank = 0;
        Double last = null;
        for (int i = 0; i < scored.size(); i++) {
            Ranked x = scored.get(i);
            double rounded = Math.round(x.score().total() * 100) / 100.0;
            if (last == null || rounded != last) {
                rank = i + 1;
                last = rounded;
            }
            out.add(new Ranked(rank, x.unit(), x.score()));
        }
        out.addAll(empty);
        return out;
    }

    public Table rankingTable(String code, Period period, Units.Tier tier, Locale locale) {
        IndexResult r = snapshots.of(code, period);
        FrameworkDefinition d = frameworks.definition(r.versionId());
        List<String> headers = new ArrayList<>(List.of(
                t(locale, "table.rank"),
                t(locale, "table.unitCode"),
                t(locale, "table.unit"),
                t(locale, "table.total")));
        d.groups()
                .forEach(g -> headers.add(g.code() + " " + name(locale, g.nameVi(), g.nameEn()) + " ("
                        + FrameworkCsv.plain(g.weight()) + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (Ranked x : ranking(r, tier)) {
            List<Object> row = new ArrayList<>();
            row.add(x.rank());
            row.add(x.unit().code());
            row.add(x.unit().name());
            row.add(round(x.score() == null ? null : x.score().total(), 2));
            for (GroupDefinition g : d.groups()) {
                Scorecard.GroupScore gs = x.score() == null ? null : x.score().group(g.code());
                row.add(round(gs == null ? null : gs.score(), 2));
            }
            rows.add(row);
        }
        return new Table(t(locale, "table.ranking", code, period.toString()), headers, rows);
    }

    public Table itemsTable(String code, Period period, long unitId, Locale locale) {
        IndexResult r = snapshots.of(code, period);
        FrameworkDefinition d = frameworks.definition(r.versionId());
        IndexResult.UnitResult u = r.unit(unitId);
        List<String> headers = List.of(
                t(locale, "table.group"),
                t(locale, "table.code"),
                t(locale, "table.indicator"),
                t(locale, "table.numerator"),
                t(locale, "table.denominator"),
                t(locale, "table.value"),
                t(locale, "table.threshold"),
                t(locale, "table.points"),
                t(locale, "table.max"),
                t(locale, "table.source"));
        List<List<Object>> rows = new ArrayList<>();
        for (GroupDefinition g : d.groups()) {
            for (IndicatorDefinition i : g.indicators()) {
                Scorecard.ItemScore s = u == null ? null : u.score().item(i.code());
                rows.add(java.util.Arrays.asList(
                        g.code(),
                        i.code(),
                        name(locale, i.nameVi(), i.nameEn()),
                        round(s == null ? null : s.numerator(), 2),
                        round(s == null ? null : s.denominator(), 2),
                        round(s == null ? null : s.value(), i.decimals()),
                        i.threshold(),
                        round(s == null ? null : s.points(), 2),
                        i.maxPoints(),
                        i.entered()
                                ? t(locale, "source.entered")
                                : i.numerator() + (i.denominator().isEmpty() ? "" : " / " + i.denominator())));
            }
        }
        return new Table(t(locale, "table.items", code, period.toString()) + " " + units.name(unitId), headers, rows);
    }

    public Table recordsTable(String code, Period period, long unitId, String figure, Locale locale) {
        List<Drill.Row> refs = drill.rows(unitId, period, figure, 0, 500);
        String source = LiveFigures.source(figure);
        List<String> headers = List.of(
                t(locale, "records." + source + ".code"),
                t(locale, "records." + source + ".title"),
                t(locale, "table.agency"),
                t(locale, "table.status"),
                t(locale, "records." + source + ".at"),
                t(locale, "records." + source + ".due"),
                t(locale, "records." + source + ".done"),
                t(locale, "table.onTime"));
        List<List<Object>> rows = new ArrayList<>();
        for (Drill.Row d : refs) {
            rows.add(java.util.Arrays.asList(
                    d.code(),
                    d.title(),
                    units.name(d.agencyId()),
                    d.status(),
                    d.at() == null ? null : d.at().toString(),
                    d.due() == null ? null : d.due().toString(),
                    d.done() == null ? null : d.done().toString(),
                    d.onTime()));
        }
        return new Table(
                t(locale, "table.records", t(locale, "figure." + figure), period.toString()) + " " + units.name(unitId),
                headers,
                rows);
    }

    public Table targetsTable(long planId, Locale locale) {
        List<String> headers = List.of(
                t(locale, "table.number"),
                t(locale, "table.target"),
                t(locale, "table.owner"),
                t(locale, "table.deadline"),
                t(locale, "table.measure"),
                t(locale, "table.reached"),
                t(locale, "table.status"));
        List<List<Object>> rows = new ArrayList<>();
        int n = 1;
        for (Plans.Target x : plans.targets(planId)) {
            var p = x.target();
            rows.add(java.util.Arrays.asList(
                    n++,
                    p.getText(),
                    p.getOwnerId() == null ? null : units.name(p.getOwnerId()),
                    p.getDeadline() == null ? null : p.getDeadline().toString(),
                    switch (p.getMeasure()) {
                        case INDICATOR ->
                            p.getFrameworkCode() + "/" + p.getIndicatorCode() + " ≥ "
                                    + p.getTargetValue().stripTrailingZeros().toPlainString();
                        case MANUAL -> t(locale, "measure.MANUAL");
                        case NONE -> t(locale, "measure.NONE");
                    },
                    round(x.reached(), 2),
                    t(locale, "target." + x.status().name())));
        }
        return new Table(t(locale, "table.targets"), headers, rows);
    }

    static Double round(Double v, int decimals) {
        if (v == null) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    static String name(Locale locale, String vi, String en) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }

    static String t(Locale locale, String key, Object... args) {
        return Message.text(locale, IndicesModule.BUNDLE, key, args);
    }
}
