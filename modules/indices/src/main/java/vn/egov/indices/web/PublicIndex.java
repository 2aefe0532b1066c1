package vn.egov.indices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.egov.indices.Frameworks;
import vn.egov.indices.IndexTables;
import vn.egov.indices.IndicesModule;
import vn.egov.indices.Snapshots;
import vn.egov.indices.Units;
import vn.egov.indices.domain.FrameworkDefinition;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.indices.domain.Scorecard;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Settings;

/**
 * The public transparency page, without sign-in: the province's service index of a period (the
 * last ended quarter by default), its groups, and the ranking of departments and communes, as the
 * national portal publishes them.
 */
@Named
@ViewScoped
public class PublicIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Snapshots snapshots;

    @Inject
    Frameworks frameworks;

    @Inject
    IndexTables tables;

    @Inject
    Units units;

    @Inject
    Settings settings;

    @Inject
    IndicesView view;

    private String period;
    private transient IndexResult result;

    public void load() {
        try {
            Period.parse(period);
        } catch (IllegalArgumentException e) {
            period = Period.of(PeriodType.QUARTER, view.today()).previous().toString();
        }
    }

    public boolean isPublished() {
        return frameworks
                .byCode(getFramework())
                .map(Frameworks.FrameworkInfo::publicPage)
                .orElse(false);
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

    public double getScale() {
        return frameworks
                .byCode(getFramework())
                .map(Frameworks.FrameworkInfo::scale)
                .orElse(100.0);
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
        IndexResult.UnitResult u = getResult().unit(units.province().id());
        return u == null ? null : u.score();
    }

    public String getProvinceName() {
        return units.province().name();
    }

    public List<IndexTables.Ranked> ranking(String tier) {
        return tables.ranking(getResult(), Units.Tier.valueOf(tier));
    }

    public List<Period> getChoices() {
        List<Period> out = new java.util.ArrayList<>(view.recent(PeriodType.QUARTER));
        out.addAll(view.recent(PeriodType.YEAR));
        out.addAll(view.recent(PeriodType.MONTH));
        return out;
    }

    public Period getPeriodValue() {
        return Period.parse(period);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
