package vn.egov.signing.api;

import java.time.LocalDate;
import java.util.List;

/** Figures of the documents signed and sealed, per agency and period, for the indices. */
public interface SigningFigures {

    /**
     * Per agency, the documents signed from {@code from} to {@code to} (both included, days in
     * UTC+7).
     */
    List<AgencyFigures> of(LocalDate from, LocalDate to);

    /**
     * @param agencyId the sealing agency, or the agency of the person who signed; null for people
     *                 who hold no staff role in any agency (citizens signing their own documents)
     * @param signed   documents signed by a person
     * @param sealed   documents sealed by the agency
     */
    record AgencyFigures(Long agencyId, long signed, long sealed) {
        public long documents() {
            return signed + sealed;
        }
    }
}
