package vn.egov.indices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.egov.indices.IndexTables;
import vn.egov.indices.IndicesModule;
import vn.egov.indices.Plans;
import vn.egov.indices.Snapshots;
import vn.egov.indices.Units;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.Scorecard;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.PageMessages;

/**
 * The leaders' dashboard: the service index of the period for a unit (the province by default)
 * with its groups, indicators and trend, the ranking of departments and communes, the DTI by
 * pillar, the plan's headline, and the platform's own figures. Every number leads to what is behind it.
 */
@Named
@ViewScoped
public class IndexDashboard implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Snapshots snapshots;

    @Inject
    vn.egov.indices.Frameworks frameworks;

    @Inject
    IndexTables tables;

    @Inject
    Units units;

    @Inject
    Plans plans;

    @Inject
    Settings settings;

    @Inject
    Caller caller;

    @Inject
    IndicesView view;

    private String period;
    private Long unit;

    private transient IndexResult result;
    private transient IndexResult dti;
    private transient IndexResult dtiBefore;
    private transient Plans.Summary planSummary;

    public void load() {
        if (period == null || period.isBlank()) {
            period = Period.of(PeriodType.MONTH, view.today()).toString();
        }
        try {
            Period.parse(period);
        } catch (IllegalArgumentException e) {
            period = Period.of(PeriodType.MONTH, view.today()).toString();
        }
        if (unit == null || units.unit(unit).isEmpty()) {
            unit = units.province().id();
        }
    }

    public String getFramework() {
        return settings.text(IndicesModule.MAIN_FRAMEWORK);
    }

    public String getFrameworkName() {
        return frameworks
                .byCode(getFramework())
                .map(f -> f.name(Message.pageLocale()))
                .orElse(getFramework());
    }

    public Period getPeriodValue() {
        return Period.parse(period);
    }

    public IndexResult getResult() {
        if (result == null) {
            result = snapshots.of(getFramework(), getPeriodValue());
        }
        return result;
    }

    public FrameworkDefinition getDefinition() {
        return frameworks.definition(getResult().versionId());
    }

    public Scorecard.UnitScore getScore() {
        IndexResult.UnitResult u = getResult().unit(unit);
        return u == null ? null : u.score();
    }

    public Map<String, Double> getFigures() {
        IndexResult.UnitResult u = getResult().unit(unit);
        return u == null ? Map.of() : u.figures();
    }

    public OrgUnitView getUnitView() {
        return units.unit(unit).orElse(null);
    }

    public List<IndexTables.Ranked> getDepartments() {
        return tables.ranking(getResult(), Units.Tier.DEPARTMENT);
    }

    public List<IndexTables.Ranked> getCommunes() {
        return tables.ranking(getResult(), Units.Tier.COMMUNE);
    }

    /** The unit's total over the last six periods of this type. */
    public String getTrend() {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Period p : getPeriodValue().trailing(6)) {
            labels.add(view.period(p));
            IndexResult r = p.equals(getPeriodValue()) ? getResult() : snapshots.of(getFramework(), p);
            IndexResult.UnitResult u = r.unit(unit);
            values.add(u == null ? null : u.score().total());
        }
        return Charts.line(
                labels,
                Message.of(IndicesModule.BUNDLE, "dashboard.total").onPage(),
                values,
                getResult().units().isEmpty() ? 100 : scale());
    }

    public String getGroupChart() {
        Scorecard.UnitScore s = getScore();
        List<String> labels = new ArrayList<>();
        List<Double> earned = new ArrayList<>();
        List<Double> worth = new ArrayList<>();
        getDefinition().groups().forEach(g -> {
            labels.add(view.name(g.nameVi(), g.nameEn()));
            Scorecard.GroupScore gs = s == null ? null : s.group(g.code());
            earned.add(gs == null ? null : gs.score());
            worth.add(g.weight());
        });
        double max = worth.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return Charts.bars(
                labels,
                Message.of(IndicesModule.BUNDLE, "dashboard.earned").onPage(),
                earned,
                Message.of(IndicesModule.BUNDLE, "dashboard.worth").onPage(),
                worth,
                max);
    }

    private double scale() {
        return frameworks
                .byCode(getFramework())
                .map(vn.egov.indices.Frameworks.FrameworkInfo::scale)
                .orElse(100.0);
    }

    public double getScale() {
        return scale();
    }

    /** The DTI of the period's year for the province, or null when the framework is not there. */
    public Scorecard.UnitScore getDti() {
        if (dti == null) {
            String code = settings.text(IndicesModule.DTI_FRAMEWORK);
            if (frameworks.byCode(code).isEmpty()) {
                return null;
            }
            Period year = getPeriodValue().within(PeriodType.YEAR);
            dti = snapshots.of(code, year);
            dtiBefore = snapshots.of(code, year.previous());
        }
        IndexResult.UnitResult u = dti.unit(units.province().id());
        return u == null ? null : u.score();
    }

    public Scorecard.UnitScore getDtiLastYear() {
        getDti();
        IndexResult.UnitResult u =
                dtiBefore == null ? null : dtiBefore.unit(units.province().id());
        return u == null ? null : u.score();
    }

    public Period getDtiYear() {
        return getPeriodValue().within(PeriodType.YEAR);
    }

    public List<String> getPillars() {
        return List.of("GOVERNMENT", "ECONOMY", "SOCIETY");
    }

    /** The latest plan's headline, or null when there is no plan. */
    public Plans.Summary getPlanSummary() {
        if (planSummary == null) {
            planSummary = plans.plans().stream()
                    .findFirst()
                    .map(p -> Plans.summary(plans.targets(p.id())))
                    .orElse(null);
        }
        return planSummary;
    }

    /** Results signed digitally ÷ results decided, for the departments (tier) or the communes. */
    public Double signedShare(String tier) {
        double signed = 0;
        double processed = 0;
        for (OrgUnitView u : units.of(Units.Tier.valueOf(tier))) {
            IndexResult.UnitResult r = getResult().unit(u.id());
            if (r != null) {
                signed += r.figures().getOrDefault("dossiers.signed_result", 0.0);
                processed += r.figures().getOrDefault("dossiers.processed", 0.0);
            }
        }
        return processed == 0 ? null : signed * 100 / processed;
    }

    public Double rate(String numerator, String denominator) {
        Double d = getFigures().get(denominator);
        Double n = getFigures().get(numerator);
        return d == null || d == 0 || n == null ? null : n * 100 / d;
    }

    public Double figure(String name) {
        return getFigures().get(name);
    }

    public boolean isMayRecompute() {
        return caller.hasRole(Role.LEADER) || caller.hasRole(Role.ADMIN);
    }

    public String recompute() {
        load(); // view parameters absent from a postback come back null: defaults again
        try {
            result = snapshots.recompute(getFramework(), getPeriodValue());
            PageMessages.info(
                    Message.of(IndicesModule.BUNDLE, "dashboard.recomputed").onPage());
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .setKeepMessages(true);
        } catch (vn.egov.kernel.api.Refusal r) {
            PageMessages.error(r);
            return null;
        }
        return "/office/indices/dashboard.xhtml?faces-redirect=true&period=" + period + "&unit=" + unit;
    }

    public List<OrgUnitView> getUnitChoices() {
        List<OrgUnitView> out = new ArrayList<>(units.of(Units.Tier.PROVINCE));
        out.addAll(units.of(Units.Tier.DEPARTMENT));
        out.addAll(units.of(Units.Tier.COMMUNE));
        return out;
    }

    public LocalDate getToday() {
        return view.today();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }
}
