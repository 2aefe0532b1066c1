package vn.egov.payments;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Rows a scheduled job takes for itself: locked to the end of its transaction with
 * {@code for update skip locked}, so two servers running the same job never take the same row.
 */
final class Claims {
    private Claims() {}

    /** The entities whose ids the query (one parameter: the time) selects, locked, at most {@code limit}. */
    static <T> List<T> claim(EntityManager em, Class<T> type, String idQuery, OffsetDateTime now, int limit) {
        List<?> ids = em.createNativeQuery(idQuery + " limit ?2 for update skip locked")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(id -> em.find(type, ((Number) id).longValue()))
                .filter(Objects::nonNull)
                .toList();
    }
}
