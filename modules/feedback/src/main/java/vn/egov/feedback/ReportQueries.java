package vn.egov.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** How a staff member's list is ordered. */
    public enum InboxSort {
        /** Nearest deadline first (those without one, not yet routed, before them). */
        DEADLINE,
        NEWEST,
        OLDEST
    }

    /**
     * What a staff member asks of his list: one status or all unfinished, only overdue ones, a
     * search (a tracking code, or words of the title, description, address or sender's name,
     * without diacritics), the order and the page (from 0).
     */
    public record InboxFilter(ReportStatus status, boolean overdueOnly, String search, InboxSort sort, int page) {
        public static InboxFilter all() {
            return new InboxFilter(null, false, null, InboxSort.DEADLINE, 0);
        }
    }

    /**
     * One page of the list, how many match in all, and the counts behind the filter links: per
     * status of his unfinished reports and overdue, whatever the current filter.
     */
    public record InboxPage(List<FeedbackReport> reports, long total, Map<ReportStatus, Long> counts, long overdue) {
        public int pages() {
            return (int) Math.max(1, (total + INBOX_PAGE_SIZE - 1) / INBOX_PAGE_SIZE);
        }
    }

    public static final int INBOX_PAGE_SIZE = 25;

    /** The whole first page of a staff member's unfinished reports (tests and simple callers). */
    public List<FeedbackReport> inbox(String username, ReportStatus status, boolean overdueOnly) {
        return inbox(username, new InboxFilter(status, overdueOnly, null, InboxSort.DEADLINE, 0))
                .reports();
    }

    /**
     * What a staff member works on: the reports of his agencies, and for the screening desk the
     * reports waiting to be screened or routed; a page at a time, with the counts per status, in
     * four queries however long the list.
     */
    public InboxPage inbox(String username, InboxFilter filter) {
        Set<Long> agencies = scope.agenciesOf(username);
        boolean screener = scope.canScreen(username);
        Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder scopeWhere = new StringBuilder(" where (r.agencyId in :agencies");
        params.put("agencies", agencies.isEmpty() ? Set.of(-1L) : agencies);
        if (screener) {
            scopeWhere.append(" or r.status in :waiting or (r.status = :accepted and r.agencyId is null)");
            params.put("waiting", List.of(ReportStatus.RECEIVED, ReportStatus.HELD));
            params.put("accepted", ReportStatus.ACCEPTED);
        }
        scopeWhere.append(")");
        String unfinished = " and r.status not in :finished";
        params.put("finished", List.of(ReportStatus.CLOSED, ReportStatus.REJECTED, ReportStatus.MERGED));
        String overdueWhere = " and r.deadline < :today and r.status in :open";
        params.put("today", java.time.LocalDate.now(clock.withZone(vn.egov.kernel.api.helpers.VietnameseDates.ZONE)));
        params.put(
                "open",
                java.util.Arrays.stream(ReportStatus.values())
                        .filter(ReportStatus::open)
                        .toList());

        StringBuilder where = new StringBuilder(scopeWhere);
        where.append(filter.status() != null ? " and r.status = :status" : unfinished);
        if (filter.status() != null) {
            params.put("status", filter.status());
        }
        if (filter.overdueOnly()) {
            where.append(overdueWhere);
        }
        String folded = VietnameseText.fold(filter.search());
        if (!folded.isEmpty()) {
            where.append(" and (upper(r.trackingCode) = :code or r.searchText like :words"
                    + " or lower(r.contactName) like :name)");
            params.put("code", filter.search().strip().toUpperCase(java.util.Locale.ROOT));
            params.put("words", "%" + folded + "%");
            params.put("name", "%" + filter.search().strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        String order = switch (filter.sort() == null ? InboxSort.DEADLINE : filter.sort()) {
            case DEADLINE -> " order by r.deadline nulls first, r.receivedAt, r.id";
            case NEWEST -> " order by r.receivedAt desc, r.id desc";
            case OLDEST -> " order by r.receivedAt, r.id";
        };
        var list = em.createQuery("select r from FeedbackReport r" + where + order, FeedbackReport.class)
                .setFirstResult(Math.max(0, filter.page()) * INBOX_PAGE_SIZE)
                .setMaxResults(INBOX_PAGE_SIZE);
        var total = em.createQuery("select count(r) from FeedbackReport r" + where, Long.class);
        var byStatus = em.createQuery(
                "select r.status, count(r) from FeedbackReport r" + scopeWhere + unfinished + " group by r.status",
                Object[].class);
        var overdue = em.createQuery("select count(r) from FeedbackReport r" + scopeWhere + overdueWhere, Long.class);
        bind(list, where.toString(), params);
        bind(total, where.toString(), params);
        bind(byStatus, scopeWhere + unfinished, params);
        bind(overdue, scopeWhere + overdueWhere, params);
        Map<ReportStatus, Long> counts = new java.util.EnumMap<>(ReportStatus.class);
        for (Object[] row : byStatus.getResultList()) {
            counts.put((ReportStatus) row[0], ((Number) row[1]).longValue());
        }
        return new InboxPage(list.getResultList(), total.getSingleResult(), counts, overdue.getSingleResult());
    }

    /** Sets the parameters the query's text names. */
    private static void bind(jakarta.persistence.Query query, String where, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (java.util.regex.Pattern.compile(":" + name + "\\b")
                    .matcher(where)
                    .find()) {
                query.setParameter(name, value);
            }
        });
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
