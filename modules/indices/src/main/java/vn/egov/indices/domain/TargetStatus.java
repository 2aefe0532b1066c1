package vn.egov.indices.domain;

/** Where a plan target stands, computed when asked. */
public enum TargetStatus {
    MET,
    IN_PROGRESS,
    NOT_MET,
    /** No way to measure it yet. */
    NO_METHOD
}
