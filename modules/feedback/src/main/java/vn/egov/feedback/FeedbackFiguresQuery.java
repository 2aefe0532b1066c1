package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.egov.feedback.api.FeedbackFigures;
import vn.egov.feedback.api.FeedbackStatistics;
import vn.egov.feedback.domain.Category;
import vn.egov.kernel.api.OrgUnitView;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.helpers.VietnameseDates;

/** Computes the feedback figures from the reports themselves, in one grouped query. */
@ApplicationScoped
public class FeedbackFiguresQuery implements FeedbackStatistics {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    Organisation organisation;

    @Override
    public List<FeedbackFigures> figures(LocalDate from, LocalDate to, Grouping by) {
        String group = switch (by) {
            case PROVINCE -> "null::bigint";
            case AGENCY -> "agency_id";
            case COMMUNE -> "commune_id";
            case CATEGORY -> "category_id";
        };
        String handledAt = "coalesce(published_at, closed_at, (select max(e.at) from feedback.report_event e "
                + "where e.report_id = r.id and e.to_status in ('REJECTED', 'MERGED')))";
        String handled = "status in ('PUBLISHED', 'CLOSED', 'REJECTED', 'MERGED')";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select %1$s as grp, count(*),
                       count(*) filter (where %2$s),
                       count(*) filter (where %2$s and (deadline is null
                           or (%3$s at time zone 'Asia/Ho_Chi_Minh')::date <= deadline)),
                       count(rating), count(*) filter (where rating = 'SATISFIED')
                from feedback.report r
                where received_at >= ?1 and received_at < ?2
                group by grp order by count(*) desc""".formatted(group, handled, handledAt))
                .setParameter(1, from.atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime())
                .setParameter(
                        2, to.plusDays(1).atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Long id = row[0] == null ? null : ((Number) row[0]).longValue();
                    return new FeedbackFigures(
                            id, nameOf(by, id), n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]));
                })
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

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
