package vn.egov.feedback.api;

import java.time.Instant;

/**
 * A fact the feedback module tells other modules: a report's answer was published to its sender
 * (and to the public when he consented). Fired inside the publishing transaction; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to hear of it only once committed.
 *
 * @param trackingCode    the report's code (PA-...)
 * @param agencyId        the kernel id of the agency that answered
 * @param citizenUsername the sender's account, or null for an anonymous or partner's report
 * @param answeredAt      when the answer was published
 * @param onTime          whether it was published within the report's deadline
 */
public record ReportAnswered(
        String trackingCode, Long agencyId, String citizenUsername, Instant answeredAt, boolean onTime) {}
