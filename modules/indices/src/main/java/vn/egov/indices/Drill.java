package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.egov.indices.domain.FigureExpression;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.Period;
import vn.egov.procedures.api.DossierFigures;

/**
 * What is behind an indicator's numbers: each figure of its numerator, denominator and shortfall
 * with its count, and for dossier figures the dossiers themselves (from the procedures module, up
 * to the dossier's own page). Figures of other modules lead to that module's list.
 */
@ApplicationScoped
public class Drill {

    @Inject
    Instance<DossierFigures> dossiers;

    /**
     * A figure of the indicator.
     *
     * @param part   numerator, denominator or shortfall
     * @param count  its value for the unit and period in the snapshot
     * @param listed whether the records behind it can be listed here (dossier figures)
     * @param link   otherwise the page of the module that holds them, or null
     */
    public record Term(String part, String name, boolean minus, Double count, boolean listed, String link) {}

    public List<Term> terms(IndicatorDefinition i, java.util.Map<String, Double> figures) {
        List<Term> out = new ArrayList<>();
        add(out, "numerator", i.numerator(), figures);
        add(out, "denominator", i.denominator(), figures);
        add(out, "shortfall", i.shortfall(), figures);
        return out;
    }

    private static void add(List<Term> out, String part, FigureExpression e, java.util.Map<String, Double> figures) {
        for (FigureExpression.Term t : e.terms()) {
            if (t.isNumber() || FigureExpression.ENTERED.equals(t.name())) {
                continue;
            }
            boolean listed = LiveFigures.dossierFigure(t.name()) != null;
            out.add(new Term(part, t.name(), t.minus(), figures.get(t.name()), listed, listed ? null : link(t.name())));
        }
    }

    static String link(String name) {
        return switch (LiveFigures.source(name)) {
            case "feedback" -> "/office/feedback/inbox.xhtml";
            case "payments" -> "/office/payments/orders.xhtml";
            case "catalogue" -> "/procedures/index.xhtml";
            default -> null;
        };
    }

    /** The dossiers behind a dossier figure for a unit (and the units below it) and period. */
    public List<DossierFigures.DossierRef> dossiers(long unitId, Period period, String figure, int first, int max) {
        DossierFigures.Figure f = LiveFigures.dossierFigure(figure);
        if (f == null || !dossiers.isResolvable()) {
            throw new IndicesRefusal(404, "not_found", "refusal.noFigure");
        }
        return dossiers.get().behind(unitId, null, period.start(), period.end(), f, first, max);
    }
}
