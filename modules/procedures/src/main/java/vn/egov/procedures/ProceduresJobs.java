package vn.egov.procedures;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The module's timed work on every server, every 10 s: payments' facts about dossiers' fees, the
 * online submission slips waiting to be made (20 at most), then the national portal's outbox (50
 * messages at most).
 */
@Singleton
public class ProceduresJobs {
    private static final Logger LOG = Logger.getLogger(ProceduresJobs.class.getName());

    @Inject
    PortalSender sender;

    @Inject
    PaymentsFeed payments;

    @Inject
    SubmissionSlips slips;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        try {
            while (payments.catchUp(200) == 200) {
                // a backlog is read 200 facts per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading payments' facts failed; it runs again in 10 s", e);
        }
        try {
            for (int i = 0; i < 20 && slips.makeOne(); i++) {
                // one slip per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Making submission slips failed; it runs again in 10 s", e);
        }
        try {
            for (int i = 0; i < 50 && sender.sendOne(); i++) {
                // one message per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Portal sync failed; it runs again in 10 s", e);
        }
    }
}
