package vn.egov.kernel.api;

import java.time.OffsetDateTime;

/**
 * One thing of a citizen's that a module holds (a report, a dossier, a payment, a receipt, a
 * signed document), as his own page ({@code /me/}) lists it.
 *
 * @param module    the id of the module that holds it
 * @param kind      what it is ("Phản ánh", "Hồ sơ"...)
 * @param reference its code as the citizen knows it (tracking code, dossier code, receipt number)
 * @param title     a short title, in the citizen's own words where it is his text
 * @param status    where it stands
 * @param updatedAt when it last changed, for the newest-first order
 * @param nextStep  what is asked of the citizen now, or null when nothing is
 * @param path      the page (below the context root, starting with "/") where he sees it
 */
public record OwnItem(
        String module,
        Message kind,
        String reference,
        String title,
        Message status,
        OffsetDateTime updatedAt,
        Message nextStep,
        String path) {}
