package vn.egov.payments;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals receipts on the container's own threads after a payment commits, until nothing is left
 * unsealed; several run at once when payments come quickly, sharing the backlog (each receipt is
 * claimed by one).
 */
@Stateless
public class SealingWorker {
    private static final Logger LOG = Logger.getLogger(SealingWorker.class.getName());

    @Inject
    ReceiptSealing sealing;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sealBacklog() {
        try {
            while (sealing.sealPending(10) > 0) {
                // the backlog shrinks by what this worker and the others seal
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing receipts after a payment failed; the scheduled run will retry", e);
        }
    }
}
