package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.FormKind;

/**
 * The online submission slips: {@link DossierIntake#submit} marks the dossier, and the module's job
 * makes and seals its slip within seconds, outside the citizen's request (sealing takes longer than
 * the submission itself). The mark is cleared in the transaction that keeps the slip, so a crash in
 * between leaves it for the next run, and two servers never make the same slip twice.
 */
@ApplicationScoped
public class SubmissionSlips {
    private static final Logger LOG = Logger.getLogger(SubmissionSlips.class.getName());

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    OneStopForms forms;

    @Inject
    DossierQueries queries;

    @Inject
    DossierClocks clocks;

    /** Marks a dossier just submitted online as waiting for its slip. */
    void await(Dossier d) {
        em.createNativeQuery("update procedures.dossier set slip_pending = true where id = ?1")
                .setParameter(1, d.getId())
                .executeUpdate();
    }

    /** Makes, seals and keeps one waiting slip; false when none waits. */
    @Transactional
    public boolean makeOne() {
        List<?> ids = em.createNativeQuery(
                        "select id from procedures.dossier where slip_pending order by id limit 1 for update skip locked")
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        long id = ((Number) ids.get(0)).longValue();
        Dossier d = em.find(Dossier.class, id);
        var procedure = d.getProcedure();
        try {
            byte[] pdf = forms.submissionSlip(
                    d,
                    queries.parts(id),
                    clocks.clock()
                            .dueAt(d.getSubmittedAt(), procedure.getDeadlineAmount(), procedure.getDeadlineUnit()));
            forms.keep(null, d, FormKind.SUBMITTED, d.getDeskId(), pdf);
        } catch (RuntimeException e) {
            // one dossier that cannot have its slip must not hold up the others: the desk's
            // receipt slip still comes when it is received
            LOG.log(Level.SEVERE, "No submission slip for " + d.getCode(), e);
        }
        em.createNativeQuery("update procedures.dossier set slip_pending = false where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        return true;
    }
}
