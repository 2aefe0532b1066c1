package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.procedures.api.DossierFigures;

/**
 * {@link DossierFigures} in one pass over the dossiers received or decided in the period: each
 * figure is a condition on a dossier row ({@link #CONDITIONS}), counted with {@code filter} for the
 * figures and used as the {@code where} of the list behind a figure, so the two always agree.
 */
@ApplicationScoped
public class DossierFiguresQuery implements DossierFigures {
    /**
     * The period's bounds and the present moment, placeholders replaced by timestamptz literals the
     * code makes itself ({@link #bind}): EclipseLink sends time parameters of native queries as text.
     */
    private static final String FROM = "{from}";

    private static final String TO = "{to}";
    private static final String NOW = "{now}";

    private static final String IN_PROCESS =
            "status in ('RECEIVED','PROCESSING','AWAITING_APPROVAL','SUPPLEMENT_REQUESTED','FEE_REQUESTED','WITHDRAWAL_REQUESTED')";

    /** Each figure as a condition on a row of the period (r: received in it, p: decided in it). */
    static final Map<Figure, String> CONDITIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(Figure.RECEIVED, "r"),
            Map.entry(Figure.RECEIVED_IN_PERSON, "r and channel = 1"),
            Map.entry(Figure.RECEIVED_ONLINE, "r and channel = 2"),
            Map.entry(Figure.RECEIVED_BY_POST, "r and channel = 3"),
            Map.entry(Figure.PROCESSED, "p"),
            Map.entry(Figure.EARLY, "p and on_time = 'EARLY'"),
            Map.entry(Figure.ON_TIME, "p and on_time = 'ON_TIME'"),
            Map.entry(Figure.LATE, "p and on_time = 'LATE'"),
            Map.entry(Figure.ON_TIME_WITH_SECOND_SUPPLEMENT, "p and on_time <> 'LATE' and supplement_requests >= 2"),
            Map.entry(
                    Figure.STILL_IN_TIME,
                    "r and " + IN_PROCESS + " and (paused_at is not null or due_at >= " + NOW + ")"),
            Map.entry(Figure.OVERDUE, "r and " + IN_PROCESS + " and paused_at is null and due_at < " + NOW),
            Map.entry(Figure.WITH_SUPPLEMENT, "r and supplement_requests >= 1"),
            Map.entry(Figure.WITH_SECOND_SUPPLEMENT, "r and supplement_requests >= 2"),
            Map.entry(Figure.ELECTRONIC_RESULT, "p and electronic_result"),
            Map.entry(Figure.SIGNED_RESULT, "p and result_signed"),
            Map.entry(Figure.DIGITISED, "r and digitised_parts > 0"),
            Map.entry(Figure.REUSED, "r and reused_parts > 0"),
            Map.entry(Figure.FEE_BEARING, "r and fee_bearing"),
            Map.entry(Figure.PAID_ONLINE, "r and fee_bearing and fee_paid_online"),
            Map.entry(Figure.RATED, "p and rating is not null"),
            Map.entry(Figure.SATISFIED, "p and rating >= 4"),
            Map.entry(Figure.FEE_NOT_PAID_ONLINE, "r and fee_bearing and not fee_paid_online")));

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    private static String rows(Set<Long> agencies, String procedureCode) {
        String received = "(d.received_at >= " + FROM + " and d.received_at < " + TO + ")";
        String decided = "(d.completed_at >= " + FROM + " and d.completed_at < " + TO + ")";
        return "select d.*, " + received + " as r, (" + decided + " and d.on_time is not null) as p"
                + " from procedures.dossier d where "
                + (agencies == null
                        ? "true"
                        : "d.agency_id in ("
                                + agencies.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                + (procedureCode == null ? "" : " and d.procedure_code = ?1")
                + " and (" + received + " or " + decided + ")";
    }

    private static String aggregates() {
        StringBuilder s = new StringBuilder();
        for (Figure f : Figure.values()) {
            s.append("count(*) filter (where ").append(CONDITIONS.get(f)).append("), ");
        }
        return s.append(
                        "coalesce(avg(extract(epoch from (completed_at - received_at)) / 3600.0 - paused_minutes / 60.0) filter (where p), 0), ")
                .append("coalesce(avg(rating) filter (where p and rating is not null), 0)")
                .toString();
    }

    private Query bind(String sql, String procedureCode, LocalDate from, LocalDate to) {
        Query q = em.createNativeQuery(sql.replace(
                        FROM,
                        DatabaseMoments.literal(
                                from.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime()))
                .replace(
                        TO,
                        DatabaseMoments.literal(to.plusDays(1)
                                .atStartOfDay(VietnameseDates.ZONE)
                                .toOffsetDateTime()))
                .replace(NOW, DatabaseMoments.literal(OffsetDateTime.now(clock))));
        if (procedureCode != null) {
            q.setParameter(1, procedureCode);
        }
        return q;
    }

    @Override
    public Figures of(long agencyId, String procedureCode, LocalDate from, LocalDate to) {
        Object[] row = (Object[]) bind(
                        "select " + aggregates() + " from (" + rows(organisation.subtree(agencyId), procedureCode)
                                + ") x",
                        procedureCode,
                        from,
                        to)
                .getSingleResult();
        return figures(row, 0);
    }

    @Override
    public List<AgencyFigures> perAgency(String procedureCode, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        "select agency_id, " + aggregates() + " from (" + rows(null, procedureCode)
                                + ") x group by agency_id order by agency_id",
                        procedureCode,
                        from,
                        to)
                .getResultList();
        List<AgencyFigures> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new AgencyFigures(((Number) r[0]).longValue(), figures(r, 1)));
        }
        return out;
    }

    private static Figures figures(Object[] r, int o) {
        long[] n = new long[Figure.values().length];
        for (int i = 0; i < n.length; i++) {
            n[i] = ((Number) r[o + i]).longValue();
        }
        double hours = ((Number) r[o + n.length]).doubleValue();
        double rating = ((Number) r[o + n.length + 1]).doubleValue();
        return new Figures(
                n[Figure.RECEIVED.ordinal()],
                n[Figure.RECEIVED_IN_PERSON.ordinal()],
                n[Figure.RECEIVED_ONLINE.ordinal()],
                n[Figure.RECEIVED_BY_POST.ordinal()],
                n[Figure.PROCESSED.ordinal()],
                n[Figure.EARLY.ordinal()],
                n[Figure.ON_TIME.ordinal()],
                n[Figure.LATE.ordinal()],
                n[Figure.ON_TIME_WITH_SECOND_SUPPLEMENT.ordinal()],
                n[Figure.STILL_IN_TIME.ordinal()],
                n[Figure.OVERDUE.ordinal()],
                Math.max(0, hours),
                n[Figure.WITH_SUPPLEMENT.ordinal()],
                n[Figure.WITH_SECOND_SUPPLEMENT.ordinal()],
                n[Figure.ELECTRONIC_RESULT.ordinal()],
                n[Figure.SIGNED_RESULT.ordinal()],
                n[Figure.DIGITISED.ordinal()],
                n[Figure.REUSED.ordinal()],
                n[Figure.FEE_BEARING.ordinal()],
                n[Figure.PAID_ONLINE.ordinal()],
                n[Figure.RATED.ordinal()],
                rating,
                n[Figure.SATISFIED.ordinal()],
                n[Figure.FEE_NOT_PAID_ONLINE.ordinal()]);
    }

    /** Each catalogue figure as a condition on a procedure version in force (v) and one of its agencies (a). */
    static final Map<CatalogueFigure, String> CATALOGUE = new EnumMap<>(Map.of(
            CatalogueFigure.PROCEDURES,
            "true",
            CatalogueFigure.FULLY_ONLINE,
            "v.online_level = 'FULL'",
            CatalogueFigure.PARTLY_ONLINE,
            "v.online_level = 'PARTIAL'",
            CatalogueFigure.ONLINE,
            "v.online_level in ('FULL', 'PARTIAL')",
            CatalogueFigure.FEE_BEARING,
            "v.fee_timing <> 'NONE'",
            CatalogueFigure.PAYABLE_ONLINE,
            "v.fee_timing <> 'NONE' and v.online_level <> 'NONE'"
                    + " and not exists (select 1 from procedures.procedure_part f where f.procedure_id = v.id"
                    + " and f.kind = 'FEE' and (f.fee_code is null or f.fee_code = ''))"));

    private static String inForce(LocalDate on) {
        return " from procedures.procedure_version v join procedures.procedure_agency a on a.procedure_id = v.id"
                + " where v.effective_from <= date '" + on + "' and (v.effective_to is null or v.effective_to >= date '"
                + on + "')";
    }

    @Override
    public List<CatalogueFigures> catalogue(LocalDate on) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.agency_id"
                        + CATALOGUE_ORDER.stream()
                                .map(f -> ", count(*) filter (where " + CATALOGUE.get(f) + ")")
                                .collect(Collectors.joining())
                        + inForce(on)
                        + " group by a.agency_id order by a.agency_id")
                .getResultList();
        List<CatalogueFigures> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new CatalogueFigures(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()));
        }
        return out;
    }

    /** The columns of {@link CatalogueFigures} after the agency, in order. */
    private static final List<CatalogueFigure> CATALOGUE_ORDER = List.of(
            CatalogueFigure.PROCEDURES,
            CatalogueFigure.FULLY_ONLINE,
            CatalogueFigure.PARTLY_ONLINE,
            CatalogueFigure.FEE_BEARING,
            CatalogueFigure.PAYABLE_ONLINE);

    @Override
    public List<ProcedureRef> catalogueBehind(long agencyId, LocalDate on, CatalogueFigure figure, int first, int max) {
        String agencies =
                organisation.subtree(agencyId).stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.code, v.name, a.agency_id, v.online_level, v.fee_timing"
                        + inForce(on)
                        + " and a.agency_id in (" + agencies + ") and " + CATALOGUE.get(figure)
                        + " order by v.code, a.agency_id offset " + Math.max(0, first) + " limit "
                        + Math.max(0, Math.min(max, 500)))
                .getResultList();
        List<ProcedureRef> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ProcedureRef(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    (String) r[4],
                    "/procedures/procedure.xhtml?code=" + r[0]));
        }
        return out;
    }

    @Override
    public List<DossierRef> behind(
            long agencyId, String procedureCode, LocalDate from, LocalDate to, Figure figure, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        "select x.code, x.procedure_code, v.name, x.agency_id, x.status, x.received_at, x.due_at, x.completed_at, x.on_time"
                                + " from (" + rows(organisation.subtree(agencyId), procedureCode) + ") x"
                                + " join procedures.procedure_version v on v.id = x.procedure_id"
                                + " where " + CONDITIONS.get(figure)
                                + " order by x.due_at nulls last, x.code offset " + Math.max(0, first) + " limit "
                                + Math.max(0, Math.min(max, 500)),
                        procedureCode,
                        from,
                        to)
                .getResultList();
        List<DossierRef> out = new ArrayList<>();
        for (Object[] r : rows) {
            String status = (String) r[4];
            out.add(new DossierRef(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).longValue(),
                    status,
                    vn.egov.procedures.domain.DossierStatus.valueOf(status).portalCode(),
                    DatabaseMoments.of(r[5]),
                    DatabaseMoments.of(r[6]),
                    DatabaseMoments.of(r[7]),
                    (String) r[8],
                    "/office/procedures/dossier.xhtml?code=" + r[0]));
        }
        return out;
    }
}
