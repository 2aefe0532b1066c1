package vn.egov.feedback;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.egov.feedback.domain.Category;
import vn.egov.kernel.api.helpers.TableSnapshot;

/**
 * The codes of the categories a report may be filed under, read from a snapshot of the (small)
 * table instead of once per submission. A change through {@link CategoryCatalogue} is seen at
 * once on this server, one made on another server or by hand within 5 seconds.
 */
@ApplicationScoped
public class ActiveCategories {
    @PersistenceContext(unitName = "feedback")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final TableSnapshot<Map<String, Long>> idsByCode = new TableSnapshot<>(
            Duration.ofSeconds(5),
            () -> em.createQuery("select c from Category c where c.active = true", Category.class)
                    .getResultStream()
                    .collect(Collectors.toUnmodifiableMap(Category::getCode, Category::getId)));

    /** The id of the active category with this code (exact, as admins write codes in capitals). */
    public Optional<Long> idOf(String code) {
        return Optional.ofNullable(idsByCode.get().get(code));
    }

    /** Called in the transaction that changes a category. */
    void changed() {
        idsByCode.changedIn(transactions);
    }
}
