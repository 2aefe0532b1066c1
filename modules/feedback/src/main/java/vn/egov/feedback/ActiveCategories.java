package vn.egov.feedback;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import vn.egov.feedback.domain.Category;

/**
 * The codes of the categories a report may be filed under, read from a snapshot of the (small)
 * table instead of once per submission. A change through {@link CategoryCatalogue} is seen at
 * once on this server, one made on another server or by hand within 5 seconds.
 */
@ApplicationScoped
public class ActiveCategories {
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(5);

    @PersistenceContext(unitName = "feedback")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    /** Counts invalidations, so that a snapshot read before a change is not installed after it. */
    private final AtomicLong generation = new AtomicLong();

    private record Snapshot(Map<String, Long> idsByCode, long loadedAt) {
    }

    /** The id of the active category with this code (exact, as admins write codes in capitals). */
    public Optional<Long> idOf(String code) {
        Snapshot current = snapshot.get();
        if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE_NANOS) {
            long seen = generation.get();
            current = new Snapshot(em.createQuery("select c from Category c where c.active = true", Category.class)
                .getResultStream().collect(Collectors.toUnmodifiableMap(Category::getCode, Category::getId)), System.nanoTime());
            if (generation.get() == seen) {
                snapshot.set(current);
            }
        }
        return Optional.ofNullable(current.idsByCode().get(code));
    }

    /** Called in the transaction that changes a category: forgets the snapshot now and after the commit. */
    void changed() {
        invalidate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }

    private void invalidate() {
        generation.incrementAndGet();
        snapshot.set(null);
    }
}
