package vn.egov.indices.domain;

/** How a plan target is measured: by an indicator and a target value, by a status people set with evidence, or not yet. */
public enum Measure {
    INDICATOR,
    MANUAL,
    NONE
}
