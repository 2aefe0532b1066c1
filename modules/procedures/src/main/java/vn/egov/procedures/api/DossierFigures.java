package vn.egov.procedures.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Live figures of the dossiers, for the indices and dashboards: per agency (with every unit below
 * it in the organisation tree), optionally one procedure, and a period of days in UTC+7 (both
 * included). Each figure can list the dossiers behind it ({@link #behind}).
 */
public interface DossierFigures {

    /**
     * @param agencyId      an organisation unit: the dossiers of the agencies at or below it decide
     * @param procedureCode a national procedure code, or null for all
     */
    Figures of(long agencyId, String procedureCode, LocalDate from, LocalDate to);

    /** The figures of each agency with dossiers in the period (not rolled up), for rankings. */
    List<AgencyFigures> perAgency(String procedureCode, LocalDate from, LocalDate to);

    /** The dossiers behind one figure, soonest due first, a page of them. */
    List<DossierRef> behind(
            long agencyId, String procedureCode, LocalDate from, LocalDate to, Figure figure, int first, int max);

    /**
     * Per agency, the catalogue's procedures in force on a day that the agency decides (a procedure
     * of several agencies counts for each of them).
     */
    List<CatalogueFigures> catalogue(LocalDate on);

    /**
     * The procedures in force on a day behind a catalogue figure, of the agency and the units below
     * it (a procedure once per agency deciding it), by code, a page of them.
     */
    List<ProcedureRef> catalogueBehind(long agencyId, LocalDate on, CatalogueFigure figure, int first, int max);

    /** What a catalogue figure counts ({@link CatalogueFigures}; online: fully or partly). */
    enum CatalogueFigure {
        PROCEDURES,
        FULLY_ONLINE,
        PARTLY_ONLINE,
        ONLINE,
        FEE_BEARING,
        PAYABLE_ONLINE
    }

    /** A procedure of the catalogue, with its public page ({@code path}, from the context root). */
    record ProcedureRef(String code, String name, long agencyId, String onlineLevel, String feeTiming, String path) {}

    /**
     * @param procedures    procedures in force
     * @param fullyOnline   of them, offered fully online (toàn trình)
     * @param partlyOnline  of them, offered partly online (một phần)
     * @param feeBearing    of them, with a fee or charge
     * @param payableOnline of the fee-bearing, those submitted online whose every fee line names a
     *                      fee code of the payments catalogue, so the gateway can collect it
     */
    record CatalogueFigures(
            long agencyId, long procedures, long fullyOnline, long partlyOnline, long feeBearing, long payableOnline) {}

    /** What a figure counts; "received" means received in the period, "processed" decided in it. */
    enum Figure {
        RECEIVED,
        RECEIVED_IN_PERSON,
        RECEIVED_ONLINE,
        RECEIVED_BY_POST,
        PROCESSED,
        EARLY,
        ON_TIME,
        LATE,
        /** Processed by the due time although a second supplement was asked (the service index counts these late). */
        ON_TIME_WITH_SECOND_SUPPLEMENT,
        STILL_IN_TIME,
        OVERDUE,
        WITH_SUPPLEMENT,
        WITH_SECOND_SUPPLEMENT,
        ELECTRONIC_RESULT,
        SIGNED_RESULT,
        DIGITISED,
        REUSED,
        FEE_BEARING,
        PAID_ONLINE,
        RATED,
        SATISFIED,
        /** Fee-bearing, received in the period, not paid through the gateway (paid at the desk, or not yet). */
        FEE_NOT_PAID_ONLINE
    }

    /**
     * @param received                 received in the period (all channels)
     * @param processed                decided (result signed) in the period
     * @param stillInTime              received in the period, not decided yet, not past their due time
     * @param overdue                  received in the period, not decided yet, past their due time
     * @param averageProcessingHours   mean time from receipt to decision of the processed, supplement time excluded
     * @param electronicResults        processed whose result was issued electronically
     * @param signedResults            processed whose result was signed digitally
     * @param digitised                received with at least one component digitised at the desk
     * @param reused                   received with at least one component reused from an earlier dossier
     * @param feeBearing               received, of procedures with a fee
     * @param paidOnline               of them, paid through the gateway
     * @param rated                    processed in the period and rated by their citizen
     * @param satisfied                of them, rated 4 or 5 of 5
     * @param feeNotPaidOnline         fee-bearing, received in the period, not paid through the gateway
     */
    record Figures(
            long received,
            long receivedInPerson,
            long receivedOnline,
            long receivedByPost,
            long processed,
            long early,
            long onTime,
            long late,
            long onTimeWithSecondSupplement,
            long stillInTime,
            long overdue,
            double averageProcessingHours,
            long withSupplement,
            long withSecondSupplement,
            long electronicResults,
            long signedResults,
            long digitised,
            long reused,
            long feeBearing,
            long paidOnline,
            long rated,
            double averageRating,
            long satisfied,
            long feeNotPaidOnline) {

        /** Received online ÷ received, 0 when nothing was received. */
        public double onlineRate() {
            return received == 0 ? 0 : (double) receivedOnline / received;
        }

        /** Decided early or on time ÷ decided, 0 when nothing was decided. */
        public double onTimeRate() {
            return processed == 0 ? 0 : (double) (early + onTime) / processed;
        }
    }

    record AgencyFigures(long agencyId, Figures figures) {}

    /** A dossier behind a figure, with the page where staff open it. */
    record DossierRef(
            String code,
            String procedureCode,
            String procedureName,
            long agencyId,
            String status,
            int portalStatus,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime completedAt,
            String onTime,
            String path) {}
}
