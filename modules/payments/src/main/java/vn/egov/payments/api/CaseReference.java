package vn.egov.payments.api;

/**
 * The case a fee order is for, in the words of the module that owns it.
 *
 * @param module the owning module's id ({@code procedures})
 * @param code   its own code for the case (the dossier code)
 */
public record CaseReference(String module, String code) {}
