package vn.egov.feedback.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Live figures of the feedback module, for the indices module and dashboards. */
public interface FeedbackStatistics {

    enum Grouping {
        PROVINCE,
        AGENCY,
        COMMUNE,
        CATEGORY
    }

    /** Figures of the reports received from {@code from} to {@code to} (inclusive, Vietnam time), per group. */
    List<FeedbackFigures> figures(LocalDate from, LocalDate to, Grouping by);

    /** What a figure of {@link FeedbackFigures} counts, to list the reports behind it. */
    enum Figure {
        RECEIVED,
        HANDLED,
        HANDLED_ON_TIME,
        RATED,
        SATISFIED,
        RECEIVED_MOBILE,
        HANDLED_MOBILE
    }

    /**
     * The reports behind one figure, received from {@code from} to {@code to}, of the agency and the
     * units below it (for a unit without a parent, the whole province: reports not yet given to an
     * agency too), soonest deadline first, a page of them.
     */
    List<ReportRef> behind(long unitId, LocalDate from, LocalDate to, Figure figure, int first, int max);

    /**
     * A report behind a figure, with its staff page ({@code path}, from the context root).
     *
     * @param handledAt when it was answered, rejected or merged; null while open
     */
    record ReportRef(
            String trackingCode,
            String title,
            Long agencyId,
            String status,
            OffsetDateTime receivedAt,
            LocalDate deadline,
            OffsetDateTime handledAt,
            String path) {}
}
