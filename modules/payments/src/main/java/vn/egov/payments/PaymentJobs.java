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
        step("sealing receipts refused before", () -> sealing.retryRefused(5));
        step("querying expired attempts", () -> online.settleExpired(20));
        step("expiring due orders", () -> orders.expireDue(100));
    }

    @Inject
    Reconciliation reconciliation;

    /** At 01:30 (Vietnam time) on every server; the first to take the day's lock reconciles yesterday. */
    @Schedule(hour = "1", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        reconciliation
                .dueNightly()
                .ifPresent(day -> step("reconciling " + day, () -> {
                    try {
                        reconciliation.nightly(day);
                    } catch (vn.egov.kernel.api.Refusal r) {
                        LOG.warning(() -> "Reconciliation of " + day + " not done: " + r.code());
                    }
                }));
    }

    private static void step(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Payments job failed while " + what + "; it runs again in 15 s", e);
        }
    }
}
