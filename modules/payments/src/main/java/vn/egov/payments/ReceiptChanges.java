package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.Role;
import vn.egov.kernel.api.helpers.Cccd;
import vn.egov.kernel.api.helpers.InputText;
import vn.egov.payments.domain.Receipt;
import vn.egov.payments.domain.ReceiptChange;
import vn.egov.payments.domain.ReceiptSeries;

/**
 * Replacing a receipt whose payer details were wrong: an officer of the agency asks with the
 * corrected details and a reason; a leader of the agency other than him approves, and then the
 * original is cancelled (kept, marked, naming its replacement) and a new receipt with a new number
 * of the series is issued for the same payment, naming the original. The history is kept.
 */
@ApplicationScoped
public class ReceiptChanges {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ReceiptIssuer issuer;

    @Transactional
    public ReceiptChange request(long receiptId, String reason, String payerName, String payerId, String payerAddress) {
        Receipt receipt = em.find(Receipt.class, receiptId, LockModeType.PESSIMISTIC_WRITE);
        if (receipt == null) {
            throw PaymentsRefusal.notFound("refusal.receiptNotFound");
        }
        if (!StaffScope.serves(caller, receipt.getOrder().getAgencyId(), Role.OFFICER)) {
            throw PaymentsRefusal.notAllowed();
        }
        Map<String, Message> errors = new LinkedHashMap<>();
        String why = clean("changeReason", reason);
        if (why == null || why.length() < 5 || why.length() > 500) {
            errors.put("changeReason", Message.of(PaymentsModule.BUNDLE, "refund.reason"));
        }
        String name = clean("changeName", payerName);
        if (name == null || name.length() > 200) {
            errors.put("changeName", Message.of(PaymentsModule.BUNDLE, "order.payerName"));
        }
        String id = payerId == null ? "" : payerId.strip();
        if (!(id.matches("\\d{12}") && Cccd.problemWith(id).isEmpty()) && !id.matches("\\d{10}(-\\d{3})?")) {
            errors.put("changeId", Message.of(PaymentsModule.BUNDLE, "order.payerIdNumber"));
        }
        String address = clean("changeAddress", payerAddress);
        if (address != null && address.length() > 300) {
            errors.put("changeAddress", Message.of(PaymentsModule.BUNDLE, "order.tooLong", 300));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.keyed(errors);
        }
        long open = em.createQuery(
                        "select count(c) from ReceiptChange c where c.receipt = :r and c.status = 'REQUESTED'",
                        Long.class)
                .setParameter("r", receipt)
                .getSingleResult();
        if (open > 0) {
            throw PaymentsRefusal.conflict("change.open");
        }
        ReceiptChange change =
                new ReceiptChange(receipt, why, name, id, address, caller.username(), OffsetDateTime.now(clock));
        em.persist(change);
        em.flush();
        audit.record("payments.receiptChangeRequested", "receipt", receiptId, why);
        return change;
    }

    @Transactional
    public Receipt approve(long changeId) {
        ReceiptChange change = lockedForLeader(changeId);
        Receipt original = em.find(Receipt.class, change.getReceipt().getId(), LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long agency = original.getOrder().getAgencyId();
        Optional<ReceiptIssuer.Taken> taken = issuer.take(agency);
        if (taken.isEmpty()) {
            throw PaymentsRefusal.conflict("change.noSeries");
        }
        original.cancel(change.getReason(), now);
        em.flush();
        Receipt replacement = Receipt.replacing(
                original,
                em.find(ReceiptSeries.class, taken.get().seriesId()),
                taken.get().number(),
                ReceiptIssuer.lookupCode(),
                now,
                change.getPayerName(),
                change.getPayerIdNumber(),
                change.getPayerAddress());
        em.persist(replacement);
        em.flush();
        change.approve(caller.username(), now, replacement);
        audit.record(
                "payments.receiptReplaced",
                "receipt",
                original.getId(),
                original.getFullNumber() + " -> " + replacement.getFullNumber() + "; " + change.getReason());
        return replacement;
    }

    @Transactional
    public void reject(long changeId) {
        ReceiptChange change = lockedForLeader(changeId);
        change.reject(caller.username(), OffsetDateTime.now(clock));
        audit.record(
                "payments.receiptChangeRejected", "receipt", change.getReceipt().getId(), null);
    }

    /** The requests about the receipts of an order, oldest first. */
    public List<ReceiptChange> ofOrder(long orderId) {
        return em.createQuery(
                        "select c from ReceiptChange c where c.receipt.order.id = :o order by c.requestedAt",
                        ReceiptChange.class)
                .setParameter("o", orderId)
                .getResultList();
    }

    private ReceiptChange lockedForLeader(long changeId) {
        ReceiptChange change = em.find(ReceiptChange.class, changeId, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw PaymentsRefusal.notFound("refusal.receiptNotFound");
        }
        if (!StaffScope.serves(caller, change.getReceipt().getOrder().getAgencyId(), Role.LEADER)) {
            throw PaymentsRefusal.notAllowed();
        }
        return change;
    }

    private static String clean(String field, String value) {
        return value == null || value.isBlank() ? null : InputText.checked(field, value.strip());
    }
}
