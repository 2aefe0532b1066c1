package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.egov.procedures.domain.Desk;

/** Which one-stop desk receives an agency's dossiers, and the identifier code of its dossier codes. */
@ApplicationScoped
public class Desks {
    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    /** The desk of an agency, or a refusal when the admins have not set one (the agency cannot receive yet). */
    public Desk of(long agencyId) {
        Desk desk = em.find(Desk.class, agencyId);
        if (desk == null) {
            throw ProceduresRefusal.conflict("refusal.noDesk");
        }
        return desk;
    }

    public List<Desk> all() {
        return em.createQuery("select d from Desk d order by d.agencyId", Desk.class)
                .getResultList();
    }

    /** The identifier code of a desk (a unit that receives for itself or for others). */
    public String identifierOfDesk(long deskId) {
        return em.createQuery("select d.identifierCode from Desk d where d.deskId = :desk", String.class)
                .setParameter("desk", deskId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> ProceduresRefusal.conflict("refusal.noDesk"));
    }

    @jakarta.transaction.Transactional
    public void save(Desk desk) {
        em.merge(desk);
    }
}
