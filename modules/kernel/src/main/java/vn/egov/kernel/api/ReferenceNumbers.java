package vn.egov.kernel.api;

/** Numbering series for reference codes (dossier codes, receipt numbers...), gap-free per period. */
public interface ReferenceNumbers {

    /**
     * The next number of a series in the current year, formatted as {@code PREFIX-YYYY-000123}.
     * Allocation joins the caller's transaction: a rolled-back caller does not use up a number.
     */
    String next(String seriesCode, String prefix);
}
