package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.kernel.api.Organisation;
import vn.egov.kernel.api.Role;
import vn.egov.procedures.domain.Dossier;

/**
 * Who may open and act on a dossier: the citizen who submitted it, and staff of the agencies it
 * passes through (its desk, its deciding agency and every agency it was handed to). The actor is
 * named by the caller (the page's or API's signed-in account), as in the other modules' services.
 */
@ApplicationScoped
public class DossierAccess {
    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Organisation organisation;

    /** The agencies where the actor holds a staff role. */
    public Set<Long> staffAgencies(String actor) {
        return actor == null
                ? Set.of()
                : organisation.agenciesOf(actor).stream()
                        .filter(a -> a.role().isStaff())
                        .map(a -> a.agency().id())
                        .collect(Collectors.toSet());
    }

    /** The agencies the actor leads. */
    public Set<Long> ledAgencies(String actor) {
        return actor == null
                ? Set.of()
                : organisation.agenciesOf(actor).stream()
                        .filter(a -> a.role() == Role.LEADER)
                        .map(a -> a.agency().id())
                        .collect(Collectors.toSet());
    }

    /** Whether the actor holds {@code role} (a leader may also take an officer's step) in the agency. */
    public boolean serves(String actor, long agencyId, Role role) {
        return actor != null
                && organisation.agenciesOf(actor).stream()
                        .anyMatch(a -> a.agency().id() == agencyId
                                && a.role().isStaff()
                                && (a.role() == role || a.role() == Role.LEADER && role == Role.OFFICER));
    }

    public boolean isApplicant(String actor, Dossier d) {
        return actor != null && actor.equals(d.getApplicantUsername());
    }

    public boolean mayOpen(String actor, Dossier d) {
        if (isApplicant(actor, d)) {
            return true;
        }
        Set<Long> mine = staffAgencies(actor);
        if (mine.isEmpty()) {
            return false;
        }
        if (mine.contains(d.getDeskId()) || mine.contains(d.getAgencyId()) || mine.contains(d.getCurrentAgencyId())) {
            return true;
        }
        return !em.createNativeQuery("select 1 from procedures.dossier_agency where dossier_id = ?1 and agency_id in ("
                        + mine.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .setParameter(1, d.getId())
                .getResultList()
                .isEmpty();
    }

    public void requireRole(String actor, long agencyId, Role role) {
        if (!serves(actor, agencyId, role)) {
            throw ProceduresRefusal.notAllowed();
        }
    }

    public void requireApplicant(String actor, Dossier d) {
        if (!isApplicant(actor, d)) {
            throw ProceduresRefusal.notFound("refusal.dossierNotFound");
        }
    }
}
