package vn.egov.kernel.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.egov.kernel.api.AuditTrail;

/** Writes audit entries through JPA, in the caller's transaction. */
@ApplicationScoped
public class AuditLog implements AuditTrail {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Override
    @Transactional
    public void record(String action, String targetType, Object targetId, String detail) {
        record(currentOrigin(), action, targetType, targetId, detail);
    }

    @Override
    @Transactional
    public void recordAs(String actor, String action, String targetType, Object targetId, String detail) {
        record(new Origin(actor, CurrentRequest.remoteAddress().orElse(null)), action, targetType, targetId, detail);
    }

    @Override
    public Origin currentOrigin() {
        return new Origin(CurrentRequest.actor(), CurrentRequest.remoteAddress().orElse(null));
    }

    @Override
    @Transactional
    public void record(Origin origin, String action, String targetType, Object targetId, String detail) {
        em.persist(new AuditEntry(
                java.time.OffsetDateTime.now(clock),
                origin.actor(),
                action,
                targetType,
                targetId == null ? null : String.valueOf(targetId),
                detail,
                origin.address()));
    }

    public List<AuditEntry> latest(int max) {
        return em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** A page of the log, newest first, and how many entries match in all. */
    public record Page(List<AuditEntry> entries, long total) {}

    /**
     * The entries matching every filter given (null: no filter): the actor exactly, the action
     * starting with a prefix ("feedback." for a module, "kernel.login" for sign-ins), a period
     * [from, to) in instants; {@code size} entries from {@code first}.
     */
    public Page search(
            String actor,
            String actionPrefix,
            java.time.OffsetDateTime from,
            java.time.OffsetDateTime to,
            int first,
            int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" and lower(a.actor) = :actor");
            params.put("actor", actor.strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (actionPrefix != null && !actionPrefix.isBlank()) {
            where.append(" and a.action like :action");
            params.put("action", actionPrefix.strip().replace("%", "").replace("_", "\\_") + "%");
        }
        if (from != null) {
            where.append(" and a.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and a.at < :to");
            params.put("to", to);
        }
        var list = em.createQuery("select a from AuditEntry a" + where + " order by a.id desc", AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(size);
        var count = em.createQuery("select count(a) from AuditEntry a" + where, Long.class);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page(list.getResultList(), count.getSingleResult());
    }
}
