package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.egov.feedback.domain.Category;
import vn.egov.feedback.domain.FeedbackReport;
import vn.egov.feedback.domain.ReportStatus;
import vn.egov.feedback.domain.TrackingCodes;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.VietnameseText;

/** Reading reports: by tracking code, a staff member's inbox, a citizen's own, and the public list with search. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportQueries {
    public static final int PAGE_SIZE = 20;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Inject
    StaffScope scope;

    @Inject
    Settings settings;

    /** The report with its timeline loaded, for pages that show it after the transaction. */
    public Optional<FeedbackReport> byCode(String typedCode) {
        String code = TrackingCodes.normalise(typedCode);
        Optional<FeedbackReport> found = em.createQuery(
                        "select r from FeedbackReport r where r.trackingCode = :c", FeedbackReport.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
        found.ifPresent(r -> r.getTimeline().size());
        return found;
    }

    /**
     * What a staff member works on: the reports of his agencies, and for the screening desk the
     * reports waiting to be screened or routed. Optionally one status only, or only overdue ones.
     */
    public List<FeedbackReport> inbox(String username, ReportStatus status, boolean overdueOnly) {
        Set<Long> agencies = scope.agenciesOf(username);
        boolean screener = scope.canScreen(username);
        StringBuilder jpql = new StringBuilder("select r from FeedbackReport r where (r.agencyId in :agencies");
        if (screener) {
            jpql.append(" or r.status in :waiting or (r.status = :accepted and r.agencyId is null)");
        }
        jpql.append(")");
        if (status != null) {
            jpql.append(" and r.status = :status");
        } else {
            jpql.append(" and r.status not in :finished");
        }
        if (overdueOnly) {
            jpql.append(" and r.deadline < :today and r.status in :open");
        }
        jpql.append(" order by r.deadline nulls first, r.receivedAt");
        var query = em.createQuery(jpql.toString(), FeedbackReport.class)
                .setParameter("agencies", agencies.isEmpty() ? Set.of(-1L) : agencies)
                .setMaxResults(200);
        if (screener) {
            query.setParameter("waiting", List.of(ReportStatus.RECEIVED, ReportStatus.HELD))
                    .setParameter("accepted", ReportStatus.ACCEPTED);
        }
        if (status != null) {
            query.setParameter("status", status);
        } else {
            query.setParameter("finished", List.of(ReportStatus.CLOSED, ReportStatus.REJECTED, ReportStatus.MERGED));
        }
        if (overdueOnly) {
            query.setParameter(
                            "today",
                            java.time.LocalDate.now(clock.withZone(vn.egov.kernel.api.helpers.VietnameseDates.ZONE)))
                    .setParameter(
                            "open",
                            java.util.Arrays.stream(ReportStatus.values())
                                    .filter(ReportStatus::open)
                                    .toList());
        }
        return query.getResultList();
    }

    /**
     * Open311's request list: reports whose senders agreed to publication, not hidden and not held
     * for moderation, received in [from, to], optionally of one category and open or closed.
     */
    public List<FeedbackReport> open311(
            Long categoryId, java.time.OffsetDateTime from, java.time.OffsetDateTime to, String status, int max) {
        List<ReportStatus> closed =
                List.of(ReportStatus.PUBLISHED, ReportStatus.CLOSED, ReportStatus.REJECTED, ReportStatus.MERGED);
        StringBuilder jpql =
                new StringBuilder("select r from FeedbackReport r where r.consentToPublish = true and r.hidden = false "
                        + "and r.status <> :held and r.receivedAt >= :from and r.receivedAt <= :to");
        if (categoryId != null) {
            jpql.append(" and r.categoryId = :category");
        }
        boolean onlyOpen = "open".equals(status);
        boolean onlyClosed = "closed".equals(status);
        if (onlyOpen) {
            jpql.append(" and r.status not in :closed");
        } else if (onlyClosed) {
            jpql.append(" and r.status in :closed");
        }
        var query = em.createQuery(jpql.append(" order by r.receivedAt desc").toString(), FeedbackReport.class)
                .setParameter("held", ReportStatus.HELD)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max);
        if (categoryId != null) {
            query.setParameter("category", categoryId);
        }
        if (onlyOpen || onlyClosed) {
            query.setParameter("closed", closed);
        }
        return query.getResultList();
    }

    public List<FeedbackReport> ofCitizen(String username) {
        return em.createQuery(
                        "select r from FeedbackReport r where r.citizenUsername = :u order by r.receivedAt desc",
                        FeedbackReport.class)
                .setParameter("u", username)
                .setMaxResults(100)
                .getResultList();
    }

    /**
     * The public list: answered reports whose senders agreed to publication, newest first. The
     * search ignores diacritics and case ("phan anh" finds "phản ánh"); every filter is optional.
     */
    public List<FeedbackReport> published(String search, Long categoryId, Long communeId, Long agencyId, int page) {
        if (!settings.flag(FeedbackModule.PUBLISH_ANSWERS)) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from feedback.report where status in ('PUBLISHED', 'CLOSED') "
                + "and consent_publish and not hidden");
        List<Object> params = new ArrayList<>();
        String folded = VietnameseText.fold(search);
        if (!folded.isEmpty()) {
            params.add(folded);
            sql.append(" and search_vector @@ plainto_tsquery('simple', ?")
                    .append(params.size())
                    .append(")");
        }
        for (Object[] filter :
                new Object[][] {{"category_id", categoryId}, {"commune_id", communeId}, {"agency_id", agencyId}}) {
            if (filter[1] != null) {
                params.add(filter[1]);
                sql.append(" and ").append(filter[0]).append(" = ?").append(params.size());
            }
        }
        sql.append(" order by published_at desc, id desc limit ")
                .append(PAGE_SIZE)
                .append(" offset ")
                .append(Math.max(0, page) * PAGE_SIZE);
        var query = em.createNativeQuery(sql.toString(), FeedbackReport.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<FeedbackReport> result = query.getResultList();
        return result;
    }

    public List<Category> activeCategories() {
        return em.createQuery(
                        "select c from Category c where c.active = true order by c.parentId nulls first, c.nameVi",
                        Category.class)
                .getResultList();
    }

    public Optional<Category> category(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Category.class, id));
    }
}
