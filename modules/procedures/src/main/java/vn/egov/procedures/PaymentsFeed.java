package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.payments.api.FeeOrders;
import vn.egov.payments.api.PaymentFacts;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierAction;
import vn.egov.procedures.domain.DossierStatus;

/**
 * Reads payments' facts about dossiers' fee orders by position (kept in {@code fact_position}, so
 * facts committed while this server was down are read when it is back): a paid order marks its
 * dossier paid (online or at the counter), and a dossier waiting for its fee resumes processing, its
 * due time moved by the working time it waited.
 */
@ApplicationScoped
public class PaymentsFeed {
    static final String SOURCE = "payments";

    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    PaymentFacts facts;

    @Inject
    FeeOrders orders;

    @Inject
    DossierJournal journal;

    @Inject
    DossierClocks clocks;

    /** Reads up to {@code limit} facts after the position kept; how many were read. */
    @Transactional
    public int catchUp(int limit) {
        Number position = (Number)
                em.createNativeQuery("select position from procedures.fact_position where source = ?1 for update")
                        .setParameter(1, SOURCE)
                        .getSingleResult();
        List<PaymentFacts.Fact> batch = facts.after(DossierIntake.MODULE, position.longValue(), limit);
        for (PaymentFacts.Fact fact : batch) {
            if (fact.kind() != PaymentFacts.Kind.PAID) {
                continue;
            }
            em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                    .setParameter("code", fact.reference().code())
                    .getResultStream()
                    .findFirst()
                    .ifPresent(d -> paid(d, fact));
        }
        if (!batch.isEmpty()) {
            em.createNativeQuery("update procedures.fact_position set position = ?1 where source = ?2")
                    .setParameter(1, batch.get(batch.size() - 1).position())
                    .setParameter(2, SOURCE)
                    .executeUpdate();
        }
        return batch.size();
    }

    private void paid(Dossier d, PaymentFacts.Fact fact) {
        boolean online = orders.find(fact.orderCode())
                .map(o -> "ONLINE".equals(o.paidMethod()))
                .orElse(false);
        if (d.getStatus() != DossierStatus.FEE_REQUESTED) {
            // a fact, not a step: the dossier's version stays, so a page open on it is not made stale
            em.createNativeQuery("update procedures.dossier set fee_paid_at = " + DatabaseMoments.literal(fact.at())
                            + ", fee_paid_online = ?1 where id = ?2")
                    .setParameter(1, online)
                    .setParameter(2, d.getId())
                    .executeUpdate();
            return;
        }
        d.feeSettled(fact.at(), online);
        var clock = clocks.clock();
        long paused = d.getPausedAt() == null ? 0 : clock.workingMinutesBetween(d.getPausedAt(), fact.at());
        d.feePaid(fact.at(), paused, clock.addWorkingMinutes(d.getDueAt(), paused));
        journal.record(d, DossierAction.FEE_PAID, null, "system", fact.orderCode());
    }
}
