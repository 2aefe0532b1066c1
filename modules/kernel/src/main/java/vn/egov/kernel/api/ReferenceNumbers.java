package vn.egov.kernel.api;

/** Numbering series for reference codes (dossier codes, receipt numbers...), gap-free per period. */
public interface ReferenceNumbers {

    /**
     * The next number of a series in the current year, formatted as {@code PREFIX-YYYY-000123}.
     * Allocation joins the caller's transaction: a rolled-back caller does not use up a number.
     */
    String next(String seriesCode, String prefix);

    /**
     * The next number (from 1) of a series within a period the caller names, e.g. a day
     * ({@code 261202}) for codes that restart daily. Allocation joins the caller's transaction
     * (a rolled-back caller does not use up a number), and concurrent callers wait on the
     * series' row, so a number is never given twice.
     *
     * @param period at most 8 characters
     */
    long nextInPeriod(String seriesCode, String period);
}
