package vn.egov.payments;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The module's timed work, on every server (each step claims its rows): seal receipts still
 * unsealed, ask the gateway about attempts open past their expiry, expire orders past their due time.
 */
@Singleton
public class PaymentJobs {
    private static final Logger LOG = Logger.getLogger(PaymentJobs.class.getName());

    @Inject
    ReceiptSealing sealing;

    @Inject
    OnlinePayments online;

    @Inject
    FeeOrderBook orders;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        step("sealing receipts", () -> sealing.sealPending(20));
        step("querying expired attempts", () -> online.settleExpired(20));
        step("expiring due orders", () -> orders.expireDue(100));
    }

    private static void step(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payments job failed while " + what + "; it runs again in 15 s", e);
        }
    }
}
