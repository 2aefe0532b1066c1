package vn.egov.indices.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.egov.indices.IndicesModule;
import vn.egov.indices.domain.ColourBands;
import vn.egov.indices.domain.IndicatorDefinition;
import vn.egov.indices.domain.IndicatorUnit;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.PeriodType;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** Formatting for the indices pages: periods, numbers in the page's language, colours. */
@Named
@ApplicationScoped
public class IndicesView {
    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnameseDates.ZONE));
    }

    /** "Tháng 11/2026", "Quý 4/2026", "Năm 2026" (or in English). */
    public String period(Period p) {
        return p == null
                ? ""
                : Message.of(IndicesModule.BUNDLE, "period." + p.type().name(), p.number(), String.valueOf(p.year()))
                        .onPage();
    }

    /** The periods of a type to choose from, newest first: 12 months, 8 quarters or 5 years up to today. */
    public List<Period> recent(PeriodType type) {
        int count = type == PeriodType.MONTH ? 12 : type == PeriodType.QUARTER ? 8 : 5;
        List<Period> out = new ArrayList<>(Period.of(type, today()).trailing(count));
        java.util.Collections.reverse(out);
        return out;
    }

    /** A period from its code, or null. */
    public Period parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Months, then quarters, then years to choose from. */
    public List<Period> choices() {
        List<Period> out = new ArrayList<>();
        for (PeriodType t : PeriodType.values()) {
            out.addAll(recent(t));
        }
        return out;
    }

    public PeriodType[] periodTypes() {
        return PeriodType.values();
    }

    /** A day ({@code 30/10/2026}) or a moment in Vietnam time; empty for none. */
    public String when(java.time.temporal.Temporal at) {
        return at instanceof LocalDate d ? VietnameseDates.day(d) : VietnameseDates.moment(at);
    }

    /** A number in the page's language with the decimals given; a dash when there is none. */
    public String number(Double value, int decimals) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Message.pageLocale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    /** An indicator's value with its unit: "73,5 %", "12", "40 điểm". */
    public String value(IndicatorDefinition i, Double value) {
        if (value == null) {
            return Message.of(IndicesModule.BUNDLE, "value.noData").onPage();
        }
        String n = number(value, i.decimals());
        return i.unit() == IndicatorUnit.PERCENT
                ? n + " %"
                : i.unit() == IndicatorUnit.POINTS
                        ? Message.of(IndicesModule.BUNDLE, "value.points", n).onPage()
                        : n;
    }

    /** The colour of an indicator's value from its bands, else of its share of points. */
    public String colour(IndicatorDefinition i, Double value, Double points) {
        String c = i.bands().isEmpty() ? null : i.bands().colour(value);
        if (c == null && points != null && i.maxPoints() > 0) {
            c = ColourBands.DEFAULT.colour(points * 100 / i.maxPoints());
        }
        return c == null ? "#52525b" : c;
    }

    /** The colour of a score as a share of its maximum. */
    public String share(Double score, double max) {
        if (score == null || max <= 0) {
            return "#52525b";
        }
        return ColourBands.DEFAULT.colour(score * 100 / max);
    }

    public String name(String vi, String en) {
        return "en".equals(Message.pageLocale().getLanguage()) ? en : vi;
    }

    public Locale locale() {
        return Message.pageLocale();
    }
}
