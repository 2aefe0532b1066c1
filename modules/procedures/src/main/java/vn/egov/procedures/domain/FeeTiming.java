package vn.egov.procedures.domain;

/** When a procedure's fee is paid: no fee, before the dossier is received, or after it (before the result is returned). */
public enum FeeTiming {
    NONE,
    BEFORE,
    AFTER
}
