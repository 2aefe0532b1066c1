package vn.egov.indices.domain;

/** How long a period of an index is: a calendar month, quarter or year in Vietnam time (UTC+7). */
public enum PeriodType {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
