package vn.egov.procedures.domain;

/** How a procedure's legal deadline is counted: working days, or working hours for the quickest. */
public enum DeadlineUnit {
    DAYS,
    HOURS
}
