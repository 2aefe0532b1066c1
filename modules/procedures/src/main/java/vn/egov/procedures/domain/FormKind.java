package vn.egov.procedures.domain;

/**
 * The one-stop forms kept with a dossier (the Government Office circular's set): the online
 * submission slip (made as soon as it is submitted), the receipt and appointment slip, the supplement request, the refusal, the apology and new-date letter, the stop
 * notice. The control sheet and the tracking book are made on demand from the records.
 */
public enum FormKind {
    SUBMITTED,
    RECEIPT,
    SUPPLEMENT,
    REFUSAL,
    APOLOGY,
    STOP
}
