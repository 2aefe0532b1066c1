package vn.egov.kernel.api;

import java.time.LocalDate;

/** A unit of the organisation tree as other modules see it. */
public record OrgUnitView(
        Long id,
        String code,
        String name,
        String levelCode,
        Long parentId,
        boolean agency,
        LocalDate validFrom,
        LocalDate validTo,
        Long mergedIntoId) {

    public boolean active() {
        return validTo == null;
    }
}
