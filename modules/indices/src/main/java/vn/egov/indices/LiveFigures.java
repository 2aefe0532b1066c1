package vn.egov.indices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.egov.feedback.api.FeedbackFigures;
import vn.egov.feedback.api.FeedbackStatistics;
import vn.egov.indices.domain.Period;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.payments.api.PaymentFigures;
import vn.egov.procedures.api.DossierFigures;
import vn.egov.procedures.api.DossierFigures.Figure;
import vn.egov.procedures.api.DossierFigures.Figures;
import vn.egov.signing.api.SigningFigures;

/**
 * The figures an indicator may name, read from the modules' {@code api} for a period, booked on
 * the agency they belong to (null: on none, counted for the province only). One query per module
 * named, for every agency at once; the roll-up over the organisation tree is done in memory.
 *
 * <ul>
 *   <li>{@code dossiers.<figure>}: {@link DossierFigures.Figure} in lower case, e.g. {@code dossiers.received_online}
 *   <li>{@code catalogue.procedures}, {@code .fully_online}, {@code .partly_online}, {@code .online}, {@code .fee_bearing},
 *       {@code .payable_online}: procedures in force on the period's last day (or today)
 *   <li>{@code feedback.received}, {@code .handled}, {@code .handled_on_time}, {@code .rated}, {@code .satisfied},
 *       {@code .received_mobile}, {@code .handled_mobile} (sent from the phone app)
 *   <li>{@code payments.orders}, {@code .paid_online}, {@code .paid_at_counter}, {@code .collected}, {@code .refunded}
 *   <li>{@code signing.signed}, {@code .sealed}, {@code .documents}
 * </ul>
 */
@ApplicationScoped
public class LiveFigures {
    public static final List<String> CATALOGUE =
            List.of("procedures", "fully_online", "partly_online", "online", "fee_bearing", "payable_online");
    public static final List<String> FEEDBACK = List.of(
            "received", "handled", "handled_on_time", "rated", "satisfied", "received_mobile", "handled_mobile");
    public static final List<String> PAYMENTS =
            List.of("orders", "paid_online", "paid_at_counter", "collected", "refunded");
    public static final List<String> SIGNING = List.of("signed", "sealed", "documents");

    /** Every figure name, in the order the admin console lists them. */
    public static final Set<String> NAMES = names();

    @Inject
    Instance<DossierFigures> dossiers;

    @Inject
    Instance<FeedbackStatistics> feedback;

    @Inject
    Instance<PaymentFigures> payments;

    @Inject
    Instance<SigningFigures> signing;

    @Inject
    Clock clock;

    private static Set<String> names() {
        Set<String> n = new LinkedHashSet<>();
        for (Figure f : Figure.values()) {
            n.add("dossiers." + f.name().toLowerCase(Locale.ROOT));
        }
        CATALOGUE.forEach(c -> n.add("catalogue." + c));
        FEEDBACK.forEach(c -> n.add("feedback." + c));
        PAYMENTS.forEach(c -> n.add("payments." + c));
        SIGNING.forEach(c -> n.add("signing." + c));
        return java.util.Collections.unmodifiableSet(n);
    }

    /** The module a figure name comes from ({@code dossiers}, {@code catalogue}...). */
    public static String source(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The figures of the period per agency, for the sources named ({@code dossiers}, {@code feedback}...). */
    public Map<Long, Map<String, Double>> booked(Period period, Collection<String> sources) {
        Map<Long, Map<String, Double>> out = new HashMap<>();
        LocalDate from = period.start();
        LocalDate to = period.end();
        if (sources.contains("dossiers") && dossiers.isResolvable()) {
            for (DossierFigures.AgencyFigures a : dossiers.get().perAgency(null, from, to)) {
                Map<String, Double> m = out.computeIfAbsent(a.agencyId(), k -> new HashMap<>());
                for (Figure f : Figure.values()) {
                    m.put("dossiers." + f.name().toLowerCase(Locale.ROOT), (double) count(a.figures(), f));
                }
            }
        }
        if (sources.contains("catalogue") && dossiers.isResolvable()) {
            LocalDate on = catalogueDay(period, clock);
            for (DossierFigures.CatalogueFigures c : dossiers.get().catalogue(on)) {
                Map<String, Double> m = out.computeIfAbsent(c.agencyId(), k -> new HashMap<>());
                m.put("catalogue.procedures", (double) c.procedures());
                m.put("catalogue.fully_online", (double) c.fullyOnline());
                m.put("catalogue.partly_online", (double) c.partlyOnline());
                m.put("catalogue.online", (double) (c.fullyOnline() + c.partlyOnline()));
                m.put("catalogue.fee_bearing", (double) c.feeBearing());
                m.put("catalogue.payable_online", (double) c.payableOnline());
            }
        }
        if (sources.contains("feedback") && feedback.isResolvable()) {
            for (FeedbackFigures f : feedback.get().figures(from, to, FeedbackStatistics.Grouping.AGENCY)) {
                Map<String, Double> m = out.computeIfAbsent(f.groupId(), k -> new HashMap<>());
                m.merge("feedback.received", (double) f.received(), Double::sum);
                m.merge("feedback.handled", (double) f.handled(), Double::sum);
                m.merge("feedback.handled_on_time", (double) f.handledOnTime(), Double::sum);
                m.merge("feedback.rated", (double) f.rated(), Double::sum);
                m.merge("feedback.satisfied", (double) f.satisfied(), Double::sum);
                m.merge("feedback.received_mobile", (double) f.receivedMobile(), Double::sum);
                m.merge("feedback.handled_mobile", (double) f.handledMobile(), Double::sum);
            }
        }
        if (sources.contains("payments") && payments.isResolvable()) {
            for (PaymentFigures.AgencyFigures p : payments.get().of(from, to)) {
                Map<String, Double> m = out.computeIfAbsent(p.agencyId(), k -> new HashMap<>());
                m.put("payments.orders", (double) p.orders());
                m.put("payments.paid_online", (double) p.paidOnline());
                m.put("payments.paid_at_counter", (double) p.paidAtCounter());
                m.put("payments.collected", (double) p.collected());
                m.put("payments.refunded", (double) p.refunded());
            }
        }
        if (sources.contains("signing") && signing.isResolvable()) {
            for (SigningFigures.AgencyFigures s : signing.get().of(from, to)) {
                Map<String, Double> m = out.computeIfAbsent(s.agencyId(), k -> new HashMap<>());
                m.merge("signing.signed", (double) s.signed(), Double::sum);
                m.merge("signing.sealed", (double) s.sealed(), Double::sum);
                m.merge("signing.documents", (double) s.documents(), Double::sum);
            }
        }
        return out;
    }

    static long count(Figures f, Figure k) {
        return switch (k) {
            case RECEIVED -> f.received();
            case RECEIVED_IN_PERSON -> f.receivedInPerson();
            case RECEIVED_ONLINE -> f.receivedOnline();
            case RECEIVED_BY_POST -> f.receivedByPost();
            case PROCESSED -> f.processed();
            case EARLY -> f.early();
            case ON_TIME -> f.onTime();
            case LATE -> f.late();
            case ON_TIME_WITH_SECOND_SUPPLEMENT -> f.onTimeWithSecondSupplement();
            case STILL_IN_TIME -> f.stillInTime();
            case OVERDUE -> f.overdue();
            case WITH_SUPPLEMENT -> f.withSupplement();
            case WITH_SECOND_SUPPLEMENT -> f.withSecondSupplement();
            case ELECTRONIC_RESULT -> f.electronicResults();
            case SIGNED_RESULT -> f.signedResults();
            case DIGITISED -> f.digitised();
            case REUSED -> f.reused();
            case FEE_BEARING -> f.feeBearing();
            case PAID_ONLINE -> f.paidOnline();
            case RATED -> f.rated();
            case SATISFIED -> f.satisfied();
            case FEE_NOT_PAID_ONLINE -> f.feeNotPaidOnline();
        };
    }

    /** The dossier figure a name stands for, or null when it is not one. */
    /** The day the catalogue figures of a period are read on: its last day, or today while it runs. */
    public static LocalDate catalogueDay(Period period, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
        return period.end().isAfter(today) ? today : period.end();
    }

    public static Figure dossierFigure(String name) {
        if (name == null || !name.startsWith("dossiers.")) {
            return null;
        }
        try {
            return Figure.valueOf(name.substring("dossiers.".length()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
