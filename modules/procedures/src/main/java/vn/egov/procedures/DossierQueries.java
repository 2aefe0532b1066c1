package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseMoments;
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

    private static final String IN_PROCESS = "(" + S + "RECEIVED, " + S + "PROCESSING, " + S + "AWAITING_APPROVAL, " + S
            + "SUPPLEMENT_REQUESTED, " + S + "FEE_REQUESTED, " + S + "WITHDRAWAL_REQUESTED)";

    private static String where(Box box) {
        return switch (box) {
            case NEW -> "d.status = " + S + "SUBMITTED and d.deskId in :mine";
            case TO_CHECK ->
                "d.status in (" + S + "RECEIVED, " + S + "WITHDRAWAL_REQUESTED)" + " and d.currentAgencyId in :mine";
            case TO_PROCESS ->
                "d.status = " + S + "PROCESSING and d.currentRole = 'OFFICER' and d.currentAgencyId in :mine";
            case TO_APPROVE -> "d.status = " + S + "AWAITING_APPROVAL and d.currentAgencyId in :leads";
            case WAITING ->
                "d.status in (" + S + "SUPPLEMENT_REQUESTED, " + S + "FEE_REQUESTED)"
                        + " and (d.currentAgencyId in :mine or d.deskId in :mine)";
            case TO_RETURN -> "d.status = " + S + "PROCESSED and d.deskId in :mine";
            case DUE_SOON ->
                "d.status in " + IN_PROCESS
                        + " and d.dueAt >= :now and d.dueAt < :soon and (d.currentAgencyId in :mine or d.deskId in :mine)";
            case LATE ->
                "d.status in " + IN_PROCESS
                        + " and d.dueAt < :now and (d.currentAgencyId in :mine or d.deskId in :mine)";
        };
    }

    /** The statuses of open dossiers, as the index {@code dossier_open} names them (the same text, so it is used). */
    private static final String OPEN = "status in ('SUBMITTED', 'RECEIVED', 'PROCESSING', 'AWAITING_APPROVAL',"
            + " 'SUPPLEMENT_REQUESTED', 'FEE_REQUESTED', 'WITHDRAWAL_REQUESTED', 'PROCESSED')";

    private static final String ACTIVE =
            "status in ('RECEIVED','PROCESSING','AWAITING_APPROVAL','SUPPLEMENT_REQUESTED',"
                    + "'FEE_REQUESTED','WITHDRAWAL_REQUESTED')";

    /**
     * How many dossiers each box holds for staff of {@code mine} (leading {@code leads}): one pass
     * over the open dossiers of those agencies, each box a filter ({@link #where} says the same in JPQL).
     */
    public Map<Box, Long> counts(Set<Long> mine, Set<Long> leads) {
        String m = ids(mine);
        String l = ids(leads);
        String ours = "(current_agency_id in " + m + " or desk_id in " + m + ")";
        OffsetDateTime now = OffsetDateTime.now(clock);
        String at = DatabaseMoments.literal(now);
        String soon = DatabaseMoments.literal(now.plusDays(settings.integer(ProceduresModule.DUE_SOON_DAYS)));
        Object[] row = (Object[]) em.createNativeQuery("select"
                        + " count(*) filter (where status = 'SUBMITTED' and desk_id in " + m + "),"
                        + " count(*) filter (where status in ('RECEIVED','WITHDRAWAL_REQUESTED') and current_agency_id in "
                        + m + "),"
                        + " count(*) filter (where status = 'PROCESSING' and assigned_role = 'OFFICER' and current_agency_id in "
                        + m + "),"
                        + " count(*) filter (where status = 'AWAITING_APPROVAL' and current_agency_id in " + l + "),"
                        + " count(*) filter (where status in ('SUPPLEMENT_REQUESTED','FEE_REQUESTED') and " + ours
                        + "),"
                        + " count(*) filter (where status = 'PROCESSED' and desk_id in " + m + "),"
                        + " count(*) filter (where " + ACTIVE + " and due_at >= " + at + " and due_at < " + soon
                        + " and " + ours + "),"
                        + " count(*) filter (where " + ACTIVE + " and due_at < " + at + " and " + ours + ")"
                        + " from procedures.dossier where " + OPEN
                        + " and (current_agency_id in " + m + " or desk_id in " + m + " or current_agency_id in " + l
                        + ")")
                .getSingleResult();
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
    public List<Dossier> box(Box box, Set<Long> mine, Set<Long> leads, String search, int first, int max) {
        return query(box, mine, leads, search, Dossier.class, "select d")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Box box, Set<Long> mine, Set<Long> leads, String search) {
        return query(box, mine, leads, search, Long.class, "select count(d)").getSingleResult();
    }

    private <T> TypedQuery<T> query(
            Box box, Set<Long> mine, Set<Long> leads, String search, Class<T> type, String select) {
        String jpql = select + " from Dossier d where " + where(box);
        String term = search == null ? "" : search.strip();
        if (!term.isEmpty()) {
            jpql += " and (d.code = :code or d.ownerIdNumber = :term or lower(d.ownerName) like :name)";
        }
        if (type == Dossier.class) {
            jpql += " order by d.dueAt nulls last, d.submittedAt, d.id";
        }
        TypedQuery<T> q = em.createQuery(jpql, type);
        Set<Long> none = Set.of(-1L);
        if (jpql.contains(":mine")) {
            q.setParameter("mine", mine.isEmpty() ? none : mine);
        }
        if (jpql.contains(":leads")) {
            q.setParameter("leads", leads.isEmpty() ? none : leads);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (jpql.contains(":now")) {
            q.setParameter("now", now);
        }
        if (jpql.contains(":soon")) {
            q.setParameter("soon", now.plusDays(settings.integer(ProceduresModule.DUE_SOON_DAYS)));
        }
        if (!term.isEmpty()) {
            q.setParameter("code", DossierCode.normalise(term));
            q.setParameter("term", term);
            q.setParameter("name", "%" + term.toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
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
