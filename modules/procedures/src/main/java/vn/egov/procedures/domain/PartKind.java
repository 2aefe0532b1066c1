package vn.egov.procedures.domain;

/** What a row of a procedure's parts is: a required component, a fee line, a form field, or a processing step. */
public enum PartKind {
    COMPONENT,
    FEE,
    FIELD,
    STEP
}
