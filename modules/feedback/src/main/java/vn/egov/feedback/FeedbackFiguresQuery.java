package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.egov.feedback.api.FeedbackFigures;
import vn.egov.feedback.api.FeedbackStatistics;
import vn.egov.feedback.domain.Category;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** Computes the feedback figures from the reports themselves, in one grouped query. */
@ApplicationScoped
public class FeedbackFiguresQuery implements FeedbackStatistics {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    Organisation organisation;

    private static final String HANDLED_AT = "coalesce(published_at, closed_at, (select max(e.at) from"
            + " feedback.report_event e where e.report_id = r.id and e.to_status in ('REJECTED', 'MERGED')))";
    private static final String HANDLED = "status in ('PUBLISHED', 'CLOSED', 'REJECTED', 'MERGED')";

    /**
     * Each figure as a condition on a report received in the period, counted for the figures and used
     * as the {@code where} of the list behind a figure, so the two always agree.
     */
    static final Map<Figure, String> CONDITIONS = new EnumMap<>(Map.of(
            Figure.RECEIVED,
            "true",
            Figure.HANDLED,
            HANDLED,
            Figure.HANDLED_ON_TIME,
            HANDLED + " and (deadline is null or (" + HANDLED_AT
                    + " at time zone 'Asia/Ho_Chi_Minh')::date <= deadline)",
            Figure.RATED,
            "rating is not null",
            Figure.SATISFIED,
            "rating = 'SATISFIED'",
            Figure.RECEIVED_MOBILE,
            "channel = 'MOBILE'",
            Figure.HANDLED_MOBILE,
            "channel = 'MOBILE' and " + HANDLED));

    @Override
    public List<FeedbackFigures> figures(LocalDate from, LocalDate to, Grouping by) {
        String group = switch (by) {
            case PROVINCE -> "null::bigint";
            case AGENCY -> "agency_id";
            case COMMUNE -> "commune_id";
            case CATEGORY -> "category_id";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = inPeriod(
                        "select " + group + " as grp"
                                + Arrays.stream(Figure.values())
                                        .map(f -> ", count(*) filter (where " + CONDITIONS.get(f) + ")")
                                        .collect(Collectors.joining())
                                + " from feedback.report r where " + PERIOD + " group by grp order by count(*) desc",
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Long id = row[0] == null ? null : ((Number) row[0]).longValue();
                    return new FeedbackFigures(
                            id,
                            nameOf(by, id),
                            n(row[1 + Figure.RECEIVED.ordinal()]),
                            n(row[1 + Figure.HANDLED.ordinal()]),
                            n(row[1 + Figure.HANDLED_ON_TIME.ordinal()]),
                            n(row[1 + Figure.RATED.ordinal()]),
                            n(row[1 + Figure.SATISFIED.ordinal()]),
                            n(row[1 + Figure.RECEIVED_MOBILE.ordinal()]),
                            n(row[1 + Figure.HANDLED_MOBILE.ordinal()]));
                })
                .toList();
    }

    private static final String PERIOD = "received_at >= ?1 and received_at < ?2";

    private jakarta.persistence.Query inPeriod(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql)
                .setParameter(1, from.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime())
                .setParameter(
                        2, to.plusDays(1).atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime());
    }

    @Override
    public List<ReportRef> behind(long unitId, LocalDate from, LocalDate to, Figure figure, int first, int max) {
        String agencies =
                organisation.subtree(unitId).stream().map(String::valueOf).collect(Collectors.joining(","));
        boolean province =
                organisation.unit(unitId).map(u -> u.parentId() == null).orElse(false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = inPeriod(
                        "select tracking_code, title, agency_id, status, received_at, deadline, " + HANDLED_AT
                                + " from feedback.report r where " + PERIOD + " and (agency_id in (" + agencies + ")"
                                + (province ? " or agency_id is null" : "") + ") and " + CONDITIONS.get(figure)
                                + " order by deadline nulls last, tracking_code offset " + Math.max(0, first)
                                + " limit " + Math.max(0, Math.min(max, 500)),
                        from,
                        to)
                .getResultList();
        return rows.stream()
                .map(r -> new ReportRef(
                        (String) r[0],
                        (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        (String) r[3],
                        DatabaseMoments.of(r[4]),
                        day(r[5]),
                        DatabaseMoments.of(r[6]),
                        "/office/feedback/report.xhtml?code=" + r[0]))
                .toList();
    }

    private String nameOf(Grouping by, Long id) {
        if (by == Grouping.PROVINCE) {
            return "Toàn tỉnh";
        }
        if (id == null) {
            return by == Grouping.AGENCY ? "Chưa giao cơ quan" : "Không rõ";
        }
        if (by == Grouping.CATEGORY) {
            Category c = em.find(Category.class, id);
            return c == null ? String.valueOf(id) : c.getNameVi();
        }
        return organisation.unit(id).map(OrgUnitView::name).orElse(String.valueOf(id));
    }

    private static LocalDate day(Object cell) {
        if (cell instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return cell instanceof LocalDate d ? d : null;
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
