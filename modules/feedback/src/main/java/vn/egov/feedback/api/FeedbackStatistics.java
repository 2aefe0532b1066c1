package vn.egov.feedback.api;

import java.time.LocalDate;
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
}
