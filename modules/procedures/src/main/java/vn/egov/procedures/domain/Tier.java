package vn.egov.procedures.domain;

/** The tier of government a procedure belongs to since 1 July 2025 (no district tier). */
public enum Tier {
    PROVINCE,
    COMMUNE
}
