package vn.egov.procedures.domain;

/** How a finished dossier met its due date: before the due day, on it, or after. */
public enum OnTimeClass {
    EARLY,
    ON_TIME,
    LATE
}
