package vn.egov.feedback.api;

/**
 * Feedback figures for one group (an agency, a commune, a category, or the whole province) and period.
 * Handled: answered, rejected with a reason or merged. On time: handled no later than its deadline.
 * Mobile: sent from a phone through the platform's app API ({@code /api/v1/reports}); reports of
 * Open311 partners and of the web form are not counted there.
 *
 * @param groupId the kernel's unit id or the category id; null for the whole province or an unknown commune
 */
public record FeedbackFigures(
        Long groupId,
        String groupName,
        long received,
        long handled,
        long handledOnTime,
        long rated,
        long satisfied,
        long receivedMobile,
        long handledMobile) {

    /** Handled as a share of received, 0 to 1; 0 when nothing was received. */
    public double handledRate() {
        return received == 0 ? 0 : (double) handled / received;
    }

    public double onTimeRate() {
        return handled == 0 ? 0 : (double) handledOnTime / handled;
    }

    /** Satisfied as a share of the rated answers. */
    public double satisfactionRate() {
        return rated == 0 ? 0 : (double) satisfied / rated;
    }
}
