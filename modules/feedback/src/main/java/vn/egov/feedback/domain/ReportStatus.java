package vn.egov.feedback.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands. The allowed moves are the province's procedure: received, screened,
 * assigned to an agency and an officer, handled, answered, approved by a leader, published and
 * closed; a reopened report goes back to in progress.
 */
public enum ReportStatus {
    /** Screening found signs of spam or abuse; a moderator releases or rejects it. */
    HELD,
    RECEIVED,
    /** Screened and accepted; routed to an agency, waiting for an officer. */
    ACCEPTED,
    REJECTED,
    ASSIGNED,
    IN_PROGRESS,
    ANSWER_DRAFTED,
    APPROVED,
    PUBLISHED,
    CLOSED,
    /** Folded into another report about the same thing. */
    MERGED;

    public Set<ReportStatus> next() {
        return switch (this) {
            case HELD -> EnumSet.of(RECEIVED, REJECTED);
            case RECEIVED -> EnumSet.of(ACCEPTED, REJECTED, MERGED);
            case ACCEPTED -> EnumSet.of(ASSIGNED, ACCEPTED, MERGED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, ACCEPTED, MERGED);
            case IN_PROGRESS -> EnumSet.of(ANSWER_DRAFTED, ACCEPTED);
            case ANSWER_DRAFTED -> EnumSet.of(APPROVED, IN_PROGRESS);
            case APPROVED -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
            case REJECTED, MERGED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }

    /** Still being handled: counts against its deadline and can become overdue. */
    public boolean open() {
        return this != REJECTED && this != MERGED && this != PUBLISHED && this != CLOSED && this != HELD;
    }

    /** The answer has gone out to the citizen. */
    public boolean answered() {
        return this == PUBLISHED || this == CLOSED;
    }
}
