package vn.egov.procedures.domain;

/** How a procedure's form field is typed in. */
public enum InputType {
    TEXT,
    TEXTAREA,
    DATE,
    NUMBER
}
