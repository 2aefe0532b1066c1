package vn.egov.indices.domain;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A framework computed for a period: every unit's score and the figures it was computed from, with
 * the version, time and person of the computation (a snapshot).
 */
public record IndexResult(
        String framework,
        Period period,
        long versionId,
        int versionNumber,
        OffsetDateTime computedAt,
        String computedBy,
        long millis,
        Map<Long, UnitResult> units) {

    /** One unit's score and the figures behind it (rolled up over the units below it). */
    public record UnitResult(Scorecard.UnitScore score, Map<String, Double> figures) {}

    public UnitResult unit(Long id) {
        return id == null ? null : units.get(id);
    }
}
