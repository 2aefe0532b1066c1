package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.PublicAddress;
import vn.egov.payments.api.FeeOrderPaid;
import vn.egov.payments.domain.Receipt;
import vn.egov.signing.api.DocumentSeals;

/**
 * Makes each issued receipt's PDF and has signing seal it with the collecting agency's seal
 * (PAdES, document kind {@code receipt}). This happens after the payment commits: at once, on
 * another thread, when an order is paid, and every few seconds for whatever is still unsealed (a
 * server that died, a seal refused until the signing master key is there). Receipts are claimed
 * with {@code skip locked}, so no receipt is sealed twice.
 */
@ApplicationScoped
public class ReceiptSealing {
    private static final Logger LOG = Logger.getLogger(ReceiptSealing.class.getName());
    static final String LOOKUP_PATH = "payments/receipt.xhtml";

    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    DocumentSeals seals;

    @Inject
    Clock clock;

    @Inject
    PublicAddress address;

    @Inject
    SealingWorker worker;

    @Inject
    ReceiptSealing self;

    @Inject
    vn.egov.kernel.api.Settings settings;

    /**
     * After a payment commits, seals on another thread until nothing is left unsealed (several
     * such threads share the backlog: each receipt is claimed by one). Admins may turn this off
     * ({@code payments.receipts.sealAtOnce}); the 15-second job seals then.
     */
    void paid(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeeOrderPaid fact) {
        if (!settings.flag(PaymentsModule.SEAL_AT_ONCE)) {
            return;
        }
        try {
            worker.sealBacklog();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Sealing at once could not start; the scheduled run will seal", e);
        }
    }

    /**
     * Seals up to {@code limit} issued receipts without a PDF, each in its own transaction (a
     * refused seal rolls back only its own); returns how many were sealed.
     */
    @Transactional
    public int sealPending(int limit) {
        // more candidates than the limit: another thread sealing the first ones is passed by
        List<?> ids = em.createNativeQuery("select id from payments.receipt where pdf is null and status = 'ISSUED'"
                        + " and seal_failure is null order by id limit ?1")
                .setParameter(1, limit * 4)
                .getResultList();
        return seal(ids, limit, true);
    }

    /**
     * Receipts whose seal was refused (no master key yet, agency unknown to signing) are tried
     * again by the scheduled job, a few at a time.
     */
    @Transactional
    public int retryRefused(int limit) {
        List<?> ids = em.createNativeQuery("select id from payments.receipt where pdf is null and status = 'ISSUED'"
                        + " and seal_failure is not null order by id limit ?1")
                .setParameter(1, limit)
                .getResultList();
        return seal(ids, limit, false);
    }

    /**
     * Seals the listed receipts, each in its own transaction, until {@code limit} are sealed; a
     * refused seal is recorded on its receipt (and logged the first time).
     */
    private int seal(List<?> ids, int limit, boolean firstTry) {
        int sealed = 0;
        for (Object id : ids) {
            if (sealed >= limit) {
                break;
            }
            long receiptId = ((Number) id).longValue();
            try {
                if (self.sealOne(receiptId)) {
                    sealed++;
                }
            } catch (DocumentSeals.SealRefused e) {
                if (firstTry) {
                    LOG.warning(() -> "Receipt " + receiptId + " not sealed: " + e.key());
                }
                self.sealFailed(receiptId, e.key());
            }
        }
        return sealed;
    }

    /** Seals one receipt unless another server is sealing it or has sealed it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean sealOne(long receiptId) {
        List<?> mine = em.createNativeQuery(
                        "select id from payments.receipt where id = ?1 and pdf is null for update skip locked")
                .setParameter(1, receiptId)
                .getResultList();
        if (mine.isEmpty()) {
            return false;
        }
        Receipt receipt = em.find(Receipt.class, receiptId);
        byte[] pdf = ReceiptPdf.render(receipt, lookupUrl(receipt));
        DocumentSeals.SealedDocument done = seals.seal(
                receipt.getOrder().getAgencyId(),
                "receipt",
                pdf,
                Message.text(Message.VIETNAMESE, PaymentsModule.BUNDLE, "pdf.sealReason", receipt.getFullNumber()));
        receipt.sealed(done.pdf(), OffsetDateTime.now(clock), done.sealedBy());
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sealFailed(long receiptId, String why) {
        Receipt receipt = em.find(Receipt.class, receiptId);
        if (receipt != null) {
            receipt.sealFailed(why);
        }
    }

    /** The public page that shows a receipt, as printed on it and in its QR code. */
    String lookupUrl(Receipt receipt) {
        return address.of(LOOKUP_PATH) + "?so=" + receipt.getNumber() + "&kh="
                + receipt.getSeries().getSeriesSymbol() + "&ma=" + receipt.getLookupCode();
    }
}
