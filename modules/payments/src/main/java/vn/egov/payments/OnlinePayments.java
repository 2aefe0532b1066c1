package vn.egov.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.kernel.api.AuditTrail;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Settings;
import vn.egov.kernel.api.helpers.DatabaseMoments;
import vn.egov.kernel.api.helpers.Sha256;
import vn.egov.payments.domain.FailureCode;
import vn.egov.payments.domain.FeeOrder;
import vn.egov.payments.domain.PaymentAttempt;
import vn.egov.payments.domain.VnpayProtocol;

/**
 * Online payment through the gateway: an attempt is started (once per Idempotency-Key), the
 * payer comes back to the return page, which only shows; the gateway's IPN decides, processed
 * exactly once; attempts still open after their expiry are asked about with the query API.
 */
@ApplicationScoped
public class OnlinePayments {
    @PersistenceContext(unitName = "payments")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    FeeOrderBook orders;

    @Inject
    VnpayGateway gateway;

    @Inject
    PaidOrders paidOrders;

    /** A started attempt and where to send the payer; {@code replayed} when an Idempotency-Key answered an earlier one. */
    public record Started(PaymentAttempt attempt, String redirectUrl, boolean replayed) {}

    /** The IPN's answer as the protocol asks: {@code {"RspCode": "00", "Message": "Confirm Success"}}. */
    public record IpnAnswer(String rspCode, String message) {}

    /**
     * Starts paying an order online.
     *
     * @param idempotencyKey the caller's key, or null; the same key and body within 24 hours answer the first attempt
     * @param bodyHash       SHA-256 of what was asked (order code and options), to tell a repeated request from another one
     */
    @Transactional
    public Started start(String orderCode, String idempotencyKey, String bodyHash, String locale) {
        VnpayGateway.Config config = gateway.config().orElseThrow(PaymentsRefusal::gatewayUnavailable);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String owner = caller.username() == null ? "anonymous:" + caller.address() : caller.username();
        if (idempotencyKey != null) {
            Optional<Started> earlier = earlier(owner, idempotencyKey, bodyHash, now, config, locale);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        FeeOrder order = orders.locked(orderCode);
        order.checkPayable();
        int minutes = settings.integer(PaymentsModule.ATTEMPT_MINUTES);
        PaymentAttempt attempt = PaymentAttempt.online(
                order, orders.nextTxnRef(order), now, now.plusMinutes(minutes), caller.username(), caller.address());
        em.persist(attempt);
        attempt.start();
        em.flush();
        if (idempotencyKey != null) {
            int stored = em.createNativeQuery(
                            "insert into payments.idempotency (owner, key, request_sha256, attempt_id,"
                                    + " created_at) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, owner)
                    .setParameter(2, idempotencyKey)
                    .setParameter(3, bodyHash)
                    .setParameter(4, attempt.getId())
                    .setParameter(5, now)
                    .executeUpdate();
            if (stored == 0) {
                throw PaymentsRefusal.conflict("refusal.idempotencyBusy");
            }
        }
        audit.record(
                "payments.attemptStarted",
                "attempt",
                attempt.getTxnRef(),
                order.getCode() + "; " + attempt.getAmount() + " VND");
        return new Started(attempt, gateway.redirect(config, attempt, locale), false);
    }

    private Optional<Started> earlier(
            String owner, String key, String bodyHash, OffsetDateTime now, VnpayGateway.Config config, String locale) {
        List<?> rows = em.createNativeQuery("select request_sha256, attempt_id, created_at from payments.idempotency"
                        + " where owner = ?1 and key = ?2 for update")
                .setParameter(1, owner)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        if (DatabaseMoments.of(row[2]).isBefore(now.minusHours(24))) {
            em.createNativeQuery("delete from payments.idempotency where owner = ?1 and key = ?2")
                    .setParameter(1, owner)
                    .setParameter(2, key)
                    .executeUpdate();
            return Optional.empty();
        }
        if (!row[0].equals(bodyHash)) {
            throw PaymentsRefusal.conflict("refusal.idempotencyOtherBody");
        }
        PaymentAttempt attempt = em.find(PaymentAttempt.class, ((Number) row[1]).longValue());
        return Optional.of(new Started(attempt, gateway.redirect(config, attempt, locale), true));
    }

    /** The gateway's signed address for an open attempt, or empty when the gateway is not configured. */
    public Optional<String> gatewayAddress(PaymentAttempt attempt, String locale) {
        return gateway.config().map(c -> gateway.redirect(c, attempt, locale));
    }

    /** The hash that tells one start request from another: the order and the options asked. */
    public static String bodyHash(String orderCode, String locale) {
        return Sha256.hex((orderCode + "\n" + locale).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The payer came back from the gateway. The parameters only say which attempt to show: a
     * correctly signed return marks a still-open attempt as submitted; the IPN decides the result.
     */
    @Transactional
    public Optional<PaymentAttempt> returned(Map<String, String> params) {
        Optional<VnpayGateway.Config> config = gateway.config();
        if (config.isEmpty() || !VnpayProtocol.verify(params, config.get().secret())) {
            return Optional.empty();
        }
        Optional<PaymentAttempt> attempt = byTxnRef(params.get("vnp_TxnRef"), true);
        attempt.filter(a -> !a.isFinished() && a.getState() != vn.egov.payments.domain.PaymentState.SUBMITTED)
                .ifPresent(PaymentAttempt::submit);
        return attempt;
    }

    /**
     * The gateway's IPN, in the documented order: signature, attempt, amount, state, then record.
     * Processed exactly once: a repeated IPN finds the attempt finished and answers 02. A refused
     * one changes nothing and is audited.
     */
    @Transactional
    public IpnAnswer ipn(Map<String, String> params) {
        Optional<VnpayGateway.Config> config = gateway.config();
        if (config.isEmpty()) {
            return new IpnAnswer("99", "Unknown error");
        }
        String ref = params.get("vnp_TxnRef");
        if (!VnpayProtocol.verify(params, config.get().secret())
                || !config.get().tmnCode().equals(params.get("vnp_TmnCode"))) {
            audit.record("payments.ipnRefused", "attempt", ref, "97 invalid signature");
            return new IpnAnswer("97", "Invalid signature");
        }
        Optional<PaymentAttempt> found = byTxnRef(ref, true);
        if (found.isEmpty()) {
            audit.record("payments.ipnRefused", "attempt", ref, "01 order not found");
            return new IpnAnswer("01", "Order not found");
        }
        PaymentAttempt attempt = found.get();
        long amount;
        try {
            amount = VnpayProtocol.vndFromWire(params.get("vnp_Amount"));
        } catch (IllegalArgumentException e) {
            amount = -1;
        }
        if (amount != attempt.getAmount()) {
            audit.record("payments.ipnRefused", "attempt", ref, "04 amount " + params.get("vnp_Amount"));
            return new IpnAnswer("04", "Invalid amount");
        }
        if (attempt.isFinished()) {
            return new IpnAnswer("02", "Order already confirmed");
        }
        settle(attempt, params.get("vnp_ResponseCode"), params.get("vnp_TransactionStatus"), params);
        return new IpnAnswer("00", "Confirm Success");
    }

    private void settle(PaymentAttempt attempt, String code, String status, Map<String, String> params) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String txnNo = params.get("vnp_TransactionNo");
        if ("00".equals(code) && "00".equals(status)) {
            paidOrders.record(attempt, now, txnNo, code, params.get("vnp_BankCode"));
        } else {
            paidOrders.failed(attempt, FailureCode.ofGatewayCode("00".equals(code) ? status : code), now, txnNo, code);
        }
    }

    /**
     * Asks the gateway about attempts still open after their expiry, at most {@code limit},
     * claimed so that two servers never ask about the same one; returns how many were settled.
     */
    @Transactional
    public int settleExpired(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PaymentAttempt> open = Claims.claim(
                em,
                PaymentAttempt.class,
                "select id from payments.attempt where not finished and expires_at <= ?1 order by expires_at",
                now,
                limit);
        Optional<VnpayGateway.Config> config = gateway.config();
        int settled = 0;
        for (PaymentAttempt attempt : open) {
            Optional<Map<String, String>> answer = config.flatMap(c -> gateway.query(c, attempt));
            if (answer.isEmpty()) {
                continue;
            }
            Map<String, String> a = answer.get();
            String rc = a.getOrDefault("vnp_ResponseCode", "");
            String ts = a.getOrDefault("vnp_TransactionStatus", "");
            long amount;
            try {
                amount = a.get("vnp_Amount") == null || a.get("vnp_Amount").isEmpty()
                        ? attempt.getAmount()
                        : VnpayProtocol.vndFromWire(a.get("vnp_Amount"));
            } catch (IllegalArgumentException e) {
                amount = -1;
            }
            if ("91".equals(rc) || ("00".equals(rc) && ("01".equals(ts) || ts.isEmpty()))) {
                // the gateway never saw it, or the payer never finished: the attempt expired
                paidOrders.failed(attempt, FailureCode.P0020, now, null, rc);
            } else if ("00".equals(rc) && amount == attempt.getAmount()) {
                if ("00".equals(ts)) {
                    paidOrders.record(attempt, now, a.get("vnp_TransactionNo"), ts, a.get("vnp_BankCode"));
                } else {
                    paidOrders.failed(attempt, FailureCode.P0010, now, a.get("vnp_TransactionNo"), ts);
                }
            } else {
                continue;
            }
            audit.record("payments.attemptQueried", "attempt", attempt.getTxnRef(), "querydr " + rc + "/" + ts);
            settled++;
        }
        return settled;
    }

    public Optional<PaymentAttempt> byTxnRef(String txnRef, boolean lock) {
        if (txnRef == null || txnRef.length() > 40) {
            return Optional.empty();
        }
        var query = em.createQuery("select a from PaymentAttempt a where a.txnRef = :r", PaymentAttempt.class)
                .setParameter("r", txnRef);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
