package vn.egov.procedures.domain;

/** How the citizen gets the result: at the desk, by public postal service, or downloaded from his page. */
public enum ResultDelivery {
    DESK,
    POST,
    ONLINE
}
