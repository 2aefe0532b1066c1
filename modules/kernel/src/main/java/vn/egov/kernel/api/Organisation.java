package vn.egov.kernel.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read access to the organisation tree and to who belongs where. */
public interface Organisation {

    Optional<OrgUnitView> unit(Long id);

    Optional<OrgUnitView> unitByCode(String code);

    /** Every unit of the tree, current and ended ones alike, read at once (for pickers and name lookups). */
    List<OrgUnitView> units();

    /** Children of a unit (null for the roots), current and ended ones alike. */
    List<OrgUnitView> children(Long parentId);

    /** The unit and every unit below it, current and ended ones alike (what a unit's figures roll up). */
    default Set<Long> subtree(long unitId) {
        Set<Long> ids = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(unitId));
        List<OrgUnitView> all = units();
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (ids.add(id)) {
                all.stream()
                        .filter(u -> u.parentId() != null && u.parentId() == id)
                        .forEach(u -> todo.push(u.id()));
            }
        }
        return ids;
    }

    /** The agencies in which an account holds a staff role, with its roles there. */
    List<AgencyRole> agenciesOf(String username);

    /** The enabled staff accounts holding a role in an agency, to notify or assign work to. */
    List<StaffMember> staffOf(Long agencyId, Role role);

    record AgencyRole(OrgUnitView agency, Role role) {}

    record StaffMember(String username, String displayName, String email, String phone) {}
}
