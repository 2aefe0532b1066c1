package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.egov.feedback.api.FeedbackStatistics;
import vn.egov.indices.domain.FigureExpression;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.Period;
import vn.egov.payments.api.PaymentFigures;
import vn.egov.procedures.api.DossierFigures;

/**
 * What is behind an indicator's numbers: each figure of its numerator, denominator and shortfall
 * with its count, and the records behind a figure, read from the module the figure comes from
 * (dossiers, feedback reports, fee orders, procedures of the catalogue) for the unit, the units
 * below it and the period, each leading to the record's own page.
 */
@ApplicationScoped
public class Drill {

    @Inject
    Instance<DossierFigures> dossiers;

    @Inject
    Instance<FeedbackStatistics> feedback;

    @Inject
    Instance<PaymentFigures> payments;

    @Inject
    Clock clock;

    /**
     * A figure of the indicator.
     *
     * @param part   numerator, denominator or shortfall
     * @param count  its value for the unit and period in the snapshot
     * @param listed whether the records behind it can be listed
     */
    public record Term(String part, String name, boolean minus, Double count, boolean listed) {}

    /**
     * A record behind a figure, in the shape every source shares.
     *
     * @param at      received or created
     * @param due     its due time or day (a {@link LocalDate} for feedback)
     * @param done    completed, handled or paid
     * @param onTime  EARLY, ON_TIME or LATE for a decided dossier
     * @param path    the record's own page, from the context root
     */
    public record Row(
            String code,
            String title,
            Long agencyId,
            String status,
            OffsetDateTime at,
            Temporal due,
            OffsetDateTime done,
            String onTime,
            String path) {}

    public List<Term> terms(IndicatorDefinition i, Map<String, Double> figures) {
        List<Term> out = new ArrayList<>();
        add(out, "numerator", i.numerator(), figures);
        add(out, "denominator", i.denominator(), figures);
        add(out, "shortfall", i.shortfall(), figures);
        return out;
    }

    private static void add(List<Term> out, String part, FigureExpression e, Map<String, Double> figures) {
        for (FigureExpression.Term t : e.terms()) {
            if (t.isNumber() || FigureExpression.ENTERED.equals(t.name())) {
                continue;
            }
            out.add(new Term(part, t.name(), t.minus(), figures.get(t.name()), listed(t.name())));
        }
    }

    /** Whether the records behind a figure can be listed (a figure of a listed source that its module knows). */
    public static boolean listed(String name) {
        return name != null
                && switch (LiveFigures.source(name)) {
                    case "dossiers" -> LiveFigures.dossierFigure(name) != null;
                    case "feedback" -> figure(FeedbackStatistics.Figure.class, name) != null;
                    case "payments" -> figure(PaymentFigures.Figure.class, name) != null;
                    case "catalogue" -> figure(DossierFigures.CatalogueFigure.class, name) != null;
                    default -> false;
                };
    }

    /** The figure of a module's enum named by the part after the dot ({@code feedback.handled_on_time}). */
    static <E extends Enum<E>> E figure(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.substring(name.indexOf('.') + 1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The records behind a figure for a unit (and the units below it) and period, a page of them. */
    public List<Row> rows(long unitId, Period period, String figure, int first, int max) {
        if (!listed(figure)) {
            throw new IndicesRefusal(404, "not_found", "refusal.noFigure");
        }
        LocalDate from = period.start();
        LocalDate to = period.end();
        switch (LiveFigures.source(figure)) {
            case "dossiers" -> {
                return available(dossiers)
                        .behind(unitId, null, from, to, LiveFigures.dossierFigure(figure), first, max)
                        .stream()
                        .map(d -> new Row(
                                d.code(),
                                d.procedureCode() + " " + d.procedureName(),
                                d.agencyId(),
                                d.status(),
                                d.receivedAt(),
                                d.dueAt(),
                                d.completedAt(),
                                d.onTime(),
                                d.path()))
                        .toList();
            }
            case "feedback" -> {
                return available(feedback)
                        .behind(unitId, from, to, figure(FeedbackStatistics.Figure.class, figure), first, max)
                        .stream()
                        .map(r -> new Row(
                                r.trackingCode(),
                                r.title(),
                                r.agencyId(),
                                r.status(),
                                r.receivedAt(),
                                r.deadline(),
                                r.handledAt(),
                                null,
                                r.path()))
                        .toList();
            }
            case "payments" -> {
                return available(payments)
                        .behind(unitId, from, to, figure(PaymentFigures.Figure.class, figure), first, max)
                        .stream()
                        .map(o -> new Row(
                                o.code(),
                                o.caseTitle(),
                                o.agencyId(),
                                o.status(),
                                o.createdAt(),
                                o.dueAt(),
                                o.paidAt(),
                                null,
                                o.path()))
                        .toList();
            }
            default -> {
                return available(dossiers)
                        .catalogueBehind(
                                unitId,
                                LiveFigures.catalogueDay(period, clock),
                                figure(DossierFigures.CatalogueFigure.class, figure),
                                first,
                                max)
                        .stream()
                        .map(p -> new Row(
                                p.code(), p.name(), p.agencyId(), p.onlineLevel(), null, null, null, null, p.path()))
                        .toList();
            }
        }
    }

    private static <T> T available(Instance<T> api) {
        if (!api.isResolvable()) {
            throw new IndicesRefusal(404, "not_found", "refusal.noFigure");
        }
        return api.get();
    }
}
