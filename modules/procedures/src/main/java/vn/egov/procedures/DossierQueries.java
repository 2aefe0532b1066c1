package vn.egov.procedures;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.TableSnapshot;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierCode;
import vn.egov.procedures.domain.DossierPart;
import vn.egov.procedures.domain.DossierStatus;
import vn.egov.procedures.domain.Handover;

/**
 * Reading dossiers: the staff inbox per agency and box (with counts, sorted by due date, searched by
 * code, name or CCCD, paged), the citizen's own, the public lookup by code and CCCD or phone, and a
 * dossier's parts and control sheet.
 */
@ApplicationScoped
public class DossierQueries {
    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Enum literals in JPQL are written with the enum's full name. */
    private static final String S = "vn.egov.procedures.domain.DossierStatus.";

    /** The staff inbox's boxes. */
    public enum Box {
        NEW,
        TO_CHECK,
        TO_PROCESS,
        TO_APPROVE,
        WAITING,
        TO_RETURN,
        DUE_SOON,
        LATE
    }

    /** The statuses of open dossiers, as the index {@code dossier_open} names them (the same text, so it is used). */
    private static final String OPEN = "status in ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'AWAITING_APPROVAL',"
            + " 'SUPPLEMENT_REQUESTED', 'FEE_REQUESTED', 'WITHDRAWAL_REQUESTED', 'PROCESSED')";

    /** Received and not yet decided: the dossiers whose legal clock is running or paused. */
    private static final String ACTIVE =
            "status in ('RECEIVED','PROCESSING','AWAITING_APPROVAL','SUPPLEMENT_REQUESTED',"
                    + "'FEE_REQUESTED','WITHDRAWAL_REQUESTED')";

    /** What a box holds, over {@code procedures.dossier}: the one definition the counts and the pages use. */
    private static String condition(Box box, Scope scope) {
        String m = scope.mine();
        String ours = "(current_agency_id in " + m + " or desk_id in " + m + ")";
        return switch (box) {
            case NEW -> "status = 'SUBMITTED' and desk_id in " + m;
            case TO_CHECK -> "status in ('RECEIVED','WITHDRAWAL_REQUESTED') and current_agency_id in " + m;
            case TO_PROCESS -> "status = 'PROCESSING' and assigned_role = 'OFFICER' and current_agency_id in " + m;
            case TO_APPROVE -> "status = 'AWAITING_APPROVAL' and current_agency_id in " + scope.leads();
            case WAITING -> "status in ('SUPPLEMENT_REQUESTED','FEE_REQUESTED') and " + ours;
            case TO_RETURN -> "status = 'PROCESSED' and desk_id in " + m;
            case DUE_SOON ->
                ACTIVE + " and due_at >= " + scope.now() + " and due_at < " + scope.soon() + " and " + ours;
            case LATE -> ACTIVE + " and due_at < " + scope.now() + " and " + ours;
        };
    }

    /** A member of staff's agencies and the moments the boxes compare with, as SQL literals. */
    private record Scope(String mine, String leads, String now, String soon) {}

    private Scope scope(Set<Long> mine, Set<Long> leads) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Scope(
                ids(mine),
                ids(leads),
                DatabaseMoments.literal(now),
                DatabaseMoments.literal(now.plusDays(settings.integer(ProceduresModule.DUE_SOON_DAYS))));
    }

    /**
     * The box counts per staff scope: read again after 10 s, and at once after a dossier takes a
     * step on this server ({@link #stepTaken}); counting the open dossiers of a busy desk is most of
     * the inbox page's time, and staff load the page far more often than dossiers move.
     */
    private final Map<String, TableSnapshot<Map<Box, Long>>> counted = new ConcurrentHashMap<>();

    /**
     * How many dossiers each box holds for staff of {@code mine} (leading {@code leads}), as counted
     * at most 10 s ago and after the last step taken on this server.
     */
    public Map<Box, Long> counts(Set<Long> mine, Set<Long> leads) {
        if (counted.size() > 1_000) {
            counted.clear();
        }
        return counted.computeIfAbsent(
                        ids(mine) + "/" + ids(leads),
                        scope -> new TableSnapshot<>(Duration.ofSeconds(10), () -> countNow(mine, leads)))
                .get();
    }

    /** Called in the transaction of every step: the counts are read again once it ends. */
    void stepTaken() {
        for (TableSnapshot<Map<Box, Long>> snapshot : counted.values()) {
            snapshot.changedIn(transactions);
        }
    }

    /** One pass over the open dossiers of those agencies, each box a filter. */
    private Map<Box, Long> countNow(Set<Long> mine, Set<Long> leads) {
        Scope scope = scope(mine, leads);
        StringBuilder sql = new StringBuilder("select ");
        for (Box box : Box.values()) {
            sql.append(box.ordinal() == 0 ? "" : ", ")
                    .append("count(*) filter (where ")
                    .append(condition(box, scope))
                    .append(')');
        }
        sql.append(" from procedures.dossier where ")
                .append(OPEN)
                .append(" and (current_agency_id in ")
                .append(scope.mine())
                .append(" or desk_id in ")
                .append(scope.mine())
                .append(" or current_agency_id in ")
                .append(scope.leads())
                .append(')');
        Object[] row = (Object[]) em.createNativeQuery(sql.toString()).getSingleResult();
        Map<Box, Long> counts = new EnumMap<>(Box.class);
        for (Box box : Box.values()) {
            counts.put(box, ((Number) row[box.ordinal()]).longValue());
        }
        return counts;
    }

    /** Ids as an SQL list; (-1) for none, so that nothing matches. */
    private static String ids(Set<Long> ids) {
        return ids.isEmpty()
                ? "(-1)"
                : "(" + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")";
    }

    /** A page of a box, soonest due first (undated ones by arrival), optionally matching a code, name or CCCD. */
    @SuppressWarnings("unchecked")
    public List<Dossier> box(Box box, Set<Long> mine, Set<Long> leads, String search, int first, int max) {
        return query(
                        box,
                        mine,
                        leads,
                        search,
                        "select * from procedures.dossier where ",
                        " order by due_at nulls last, submitted_at, id limit " + Math.max(0, max) + " offset "
                                + Math.max(0, first),
                        Dossier.class)
                .getResultList();
    }

    public long count(Box box, Set<Long> mine, Set<Long> leads, String search) {
        return ((Number) query(box, mine, leads, search, "select count(*) from procedures.dossier where ", "", null)
                        .getSingleResult())
                .longValue();
    }

    private jakarta.persistence.Query query(
            Box box, Set<Long> mine, Set<Long> leads, String search, String select, String tail, Class<?> type) {
        String sql = select + OPEN + " and " + condition(box, scope(mine, leads));
        String term = search == null ? "" : search.strip();
        if (!term.isEmpty()) {
            sql += " and (code = ?1 or owner_id_number = ?2 or owner_folded like ?3)";
        }
        sql += tail;
        jakarta.persistence.Query q = type == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, type);
        if (!term.isEmpty()) {
            q.setParameter(1, DossierCode.normalise(term));
            q.setParameter(2, term);
            // typed with or without diacritics, in any case
            q.setParameter(
                    3,
                    "%"
                            + vn.egov.kernel.api.helpers.VietnameseText.fold(term)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
        return q;
    }

    public Optional<Dossier> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", DossierCode.normalise(code))
                .getResultStream()
                .findFirst();
    }

    public Optional<Dossier> byId(long id) {
        return Optional.ofNullable(em.find(Dossier.class, id));
    }

    /**
     * The public lookup: the dossier only when the second fact matches (the owner's CCCD or tax code,
     * or his phone), so that a code alone reveals nothing.
     */
    public Optional<Dossier> lookup(String code, String idOrPhone) {
        String second = idOrPhone == null ? "" : idOrPhone.replaceAll("[\\s.]", "");
        if (second.length() < 9) {
            return Optional.empty();
        }
        return byCode(code)
                .filter(d -> d.getStatus() != DossierStatus.DRAFT)
                .filter(d -> second.equals(d.getOwnerIdNumber())
                        || d.getOwnerPhone() != null
                                && second.equals(d.getOwnerPhone().replaceAll("[\\s.]", "")));
    }

    /** The citizen's dossiers (drafts too), most recently changed first. */
    public List<Dossier> ofApplicant(String username, int max) {
        return em.createQuery(
                        "select d from Dossier d where d.applicantUsername = :u order by d.updatedAt desc",
                        Dossier.class)
                .setParameter("u", username)
                .setMaxResults(max)
                .getResultList();
    }

    public List<DossierPart> parts(long dossierId) {
        return em.createQuery(
                        "select p from DossierPart p where p.dossierId = :id order by p.kind, p.position, p.id",
                        DossierPart.class)
                .setParameter("id", dossierId)
                .getResultList();
    }

    /** The citizen's earlier components that may be reused for a component of the same name. */
    public List<DossierPart> reusable(String username, String componentName) {
        return em.createQuery(
                        "select p from DossierPart p, Dossier d where p.dossierId = d.id and d.applicantUsername = :u"
                                + " and p.kind = 'COMPONENT' and p.name = :name and d.status <> :draft order by p.createdAt desc",
                        DossierPart.class)
                .setParameter("u", username)
                .setParameter("name", componentName)
                .setParameter("draft", DossierStatus.DRAFT)
                .setMaxResults(5)
                .getResultList();
    }

    public Optional<DossierPart> part(long partId) {
        return Optional.ofNullable(em.find(DossierPart.class, partId));
    }

    /** The control sheet, oldest first. */
    public List<Handover> controlSheet(long dossierId) {
        return em.createQuery("select h from Handover h where h.dossierId = :id order by h.id", Handover.class)
                .setParameter("id", dossierId)
                .getResultList();
    }
}
