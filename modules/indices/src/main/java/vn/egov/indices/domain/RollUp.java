package vn.egov.indices.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums figures up the organisation tree: a unit's figure is the sum of the figures booked on it
 * and on every unit below it. Figures booked on no unit (null) or on a unit the tree does not know
 * count for the roots only.
 */
public final class RollUp {
    private RollUp() {}

    /** A unit of the tree: its id and its parent's (null for a root). */
    public record Node(long id, Long parentId) {}

    public static Map<Long, Map<String, Double>> of(List<Node> tree, Map<Long, Map<String, Double>> booked) {
        Map<Long, Long> parent = new HashMap<>();
        for (Node n : tree) {
            parent.put(n.id(), n.parentId());
        }
        Map<Long, Map<String, Double>> out = new HashMap<>();
        for (Node n : tree) {
            out.put(n.id(), new HashMap<>());
        }
        for (Map.Entry<Long, Map<String, Double>> e : booked.entrySet()) {
            Set<Long> seen = new HashSet<>();
            Long at = e.getKey();
            if (at == null || !parent.containsKey(at)) {
                for (Node n : tree) {
                    if (n.parentId() == null) {
                        add(out.get(n.id()), e.getValue());
                    }
                }
                continue;
            }
            while (at != null && seen.add(at)) {
                add(out.get(at), e.getValue());
                at = parent.get(at);
            }
        }
        return out;
    }

    private static void add(Map<String, Double> into, Map<String, Double> figures) {
        figures.forEach((k, v) -> {
            if (v != null) {
                into.merge(k, v, Double::sum);
            }
        });
    }
}
