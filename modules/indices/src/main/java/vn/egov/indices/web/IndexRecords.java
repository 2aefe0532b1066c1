package vn.egov.indices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.egov.indices.Drill;
import vn.egov.indices.Frameworks;
import vn.egov.indices.IndicesRefusal;
import vn.egov.indices.Snapshots;
import vn.egov.indices.Units;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.Scorecard;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * What is behind one indicator's number for a unit and period: its formula, each figure with its
 * count, and the records behind a figure (dossiers, feedback reports, fee orders, procedures; 50 a
 * page), each opening its own page.
 */
@Named
@ViewScoped
public class IndexRecords implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;

    @Inject
    Snapshots snapshots;

    @Inject
    Frameworks frameworks;

    @Inject
    Drill drill;

    @Inject
    Units units;

    @Inject
    IndicesView view;

    private String framework;
    private String indicator;
    private Long unit;
    private String period;
    private String figure;
    private int page;

    private transient IndexResult result;
    private transient List<Drill.Row> rows;

    public void load() {
        try {
            Period.parse(period);
        } catch (IllegalArgumentException e) {
            period = Period.of(PeriodType.MONTH, view.today()).toString();
        }
        if (unit == null || units.unit(unit).isEmpty()) {
            unit = units.province().id();
        }
        if (framework == null || frameworks.byCode(framework).isEmpty()) {
            PageMessages.error(new IndicesRefusal(404, "not_found", "refusal.noFramework"));
            framework = null;
            return;
        }
        if (isFigureOnly()) {
            page = Math.max(0, page);
            return;
        }
        if (getIndicatorDefinition() == null) {
            PageMessages.error(new IndicesRefusal(404, "not_found", "refusal.noIndicator"));
            framework = null;
            return;
        }
        if (figure == null || figure.isBlank()) {
            figure = getTerms().stream()
                    .filter(t -> t.listed() && "shortfall".equals(t.part()))
                    .map(Drill.Term::name)
                    .findFirst()
                    .orElse(getTerms().stream()
                            .filter(Drill.Term::listed)
                            .map(Drill.Term::name)
                            .findFirst()
                            .orElse(null));
        }
        page = Math.max(0, page);
    }

    public boolean isReady() {
        return framework != null;
    }

    public IndexResult getResult() {
        if (result == null) {
            result = snapshots.of(framework, getPeriodValue());
        }
        return result;
    }

    /** A figure of the dashboard asked for without an indicator: its records alone. */
    public boolean isFigureOnly() {
        return (indicator == null || indicator.isBlank()) && Drill.listed(figure);
    }

    public IndicatorDefinition getIndicatorDefinition() {
        return frameworks
                .definition(getResult().versionId())
                .indicator(indicator)
                .orElse(null);
    }

    public Scorecard.ItemScore getItem() {
        IndexResult.UnitResult u = getResult().unit(unit);
        return u == null ? null : u.score().item(indicator);
    }

    public List<Drill.Term> getTerms() {
        IndexResult.UnitResult u = getResult().unit(unit);
        Map<String, Double> figures = u == null ? Map.of() : u.figures();
        return drill.terms(getIndicatorDefinition(), figures);
    }

    public Drill.Term getCurrent() {
        if (isFigureOnly()) {
            IndexResult.UnitResult u = getResult().unit(unit);
            return new Drill.Term(
                    "numerator", figure, false, u == null ? null : u.figures().get(figure), true);
        }
        return getTerms().stream()
                .filter(t -> t.name().equals(figure))
                .findFirst()
                .orElse(null);
    }

    public List<Drill.Row> getRows() {
        if (rows == null) {
            Drill.Term t = getCurrent();
            rows = t == null || !t.listed()
                    ? List.of()
                    : drill.rows(unit, getPeriodValue(), figure, page * PAGE, PAGE + 1);
        }
        return rows.size() > PAGE ? rows.subList(0, PAGE) : rows;
    }

    public boolean isMore() {
        getRows();
        return rows.size() > PAGE;
    }

    /** The module the current figure comes from, for the list's headings. */
    public String getSource() {
        return figure == null ? "" : vn.egov.indices.LiveFigures.source(figure);
    }

    public String link(String figureName, int toPage) {
        return "/office/indices/records.xhtml?framework=" + framework + "&indicator="
                + (indicator == null ? "" : indicator) + "&unit=" + unit + "&period=" + period + "&figure=" + figureName
                + "&page=" + toPage;
    }

    public Period getPeriodValue() {
        return Period.parse(period);
    }

    public OrgUnitView getUnitView() {
        return units.unit(unit).orElse(null);
    }

    public String agency(Long id) {
        return units.name(id);
    }

    public String getFramework() {
        return framework;
    }

    public void setFramework(String framework) {
        this.framework = framework;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getFigure() {
        return figure;
    }

    public void setFigure(String figure) {
        this.figure = figure;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
