package vn.egov.indices.domain;

/** Where a value entered with evidence stands: saved by its department, sent for review, approved, or sent back. */
public enum EntryStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED
}
