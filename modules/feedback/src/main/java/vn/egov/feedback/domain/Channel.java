package vn.egov.feedback.domain;

/** How a report reached the platform. */
public enum Channel {
    WEB,
    MOBILE,
    OPEN311
}
