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
}
