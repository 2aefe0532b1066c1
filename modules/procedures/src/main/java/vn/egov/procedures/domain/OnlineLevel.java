package vn.egov.procedures.domain;

/** The online service level of Decree 42/2022: toàn trình (everything online, the result may go by post), một phần (partly online), or not online. */
public enum OnlineLevel {
    FULL,
    PARTIAL,
    NONE
}
