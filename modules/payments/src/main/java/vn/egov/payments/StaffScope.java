package vn.egov.payments;

import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.kernel.api.Caller;
import vn.egov.kernel.api.Role;

/** Which agencies' orders a staff member sees and acts on: those where he holds a staff role. */
final class StaffScope {
    private StaffScope() {}

    static Set<Long> agencies(Caller caller) {
        return caller.agencies().stream()
                .filter(a -> a.role().isStaff())
                .map(a -> a.agency().id())
                .collect(Collectors.toSet());
    }

    /** Whether the caller holds the role (or a higher staff role) in the agency. */
    static boolean serves(Caller caller, long agencyId, Role atLeast) {
        return caller.agencies().stream()
                .anyMatch(a -> a.agency().id() == agencyId
                        && a.role().isStaff()
                        && a.role().ordinal() >= atLeast.ordinal());
    }
}
