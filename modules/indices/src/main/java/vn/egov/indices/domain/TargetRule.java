package vn.egov.indices.domain;

import java.time.LocalDate;

/** A target's status from its measure, the value reached, its deadline and the day. */
public final class TargetRule {
    private TargetRule() {}

    /**
     * @param reached     the indicator's value now (null when it has no data)
     * @param lowerBetter whether the indicator is better low (its rule is LOWER_IS_BETTER)
     */
    public static TargetStatus status(
            Measure measure,
            TargetStatus manual,
            Double reached,
            Double target,
            boolean lowerBetter,
            LocalDate deadline,
            LocalDate today) {
        switch (measure) {
            case NONE:
                return TargetStatus.NO_METHOD;
            case MANUAL:
                return manual;
            default:
                boolean met =
                        reached != null && target != null && (lowerBetter ? reached <= target : reached >= target);
                if (met) {
                    return TargetStatus.MET;
                }
                return deadline != null && deadline.isBefore(today) ? TargetStatus.NOT_MET : TargetStatus.IN_PROGRESS;
        }
    }
}
