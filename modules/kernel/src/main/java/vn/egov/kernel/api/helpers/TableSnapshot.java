package vn.egov.kernel.api.helpers;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What a small, often read table holds (settings, a module's reference data), read again only
 * when older than a given age. A change made through the owning service is seen at once, because
 * that service calls {@link #changedIn} in its transaction; one made on another server or by hand
 * is seen within the age.
 *
 * @param <T> what the table is read into
 */
public final class TableSnapshot<T> {
    private final long maxAgeNanos;
    private final Supplier<T> reader;
    private final java.util.function.LongSupplier ticker;
    private final AtomicReference<Held<T>> held = new AtomicReference<>();
    /** Counts changes, so that a reading taken before a change is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    private record Held<T>(T value, long readAt) {}

    /**
     * @param maxAge how long a reading is used
     * @param reader reads the table; called by whichever thread finds the reading too old
     */
    public TableSnapshot(Duration maxAge, Supplier<T> reader) {
        this(maxAge, reader, System::nanoTime);
    }

    /** With the ticker a test moves (nanoseconds, as {@link System#nanoTime}). */
    TableSnapshot(Duration maxAge, Supplier<T> reader, java.util.function.LongSupplier ticker) {
        this.maxAgeNanos = maxAge.toNanos();
        this.reader = reader;
        this.ticker = ticker;
    }

    /**
     * The current reading, read now when there is none or it is too old. When reading fails (the
     * database is away), the last reading is used while there is one: a page that needs nothing
     * else, and the readiness check, still answer.
     */
    public T get() {
        Held<T> current = held.get();
        if (current == null || ticker.getAsLong() - current.readAt() > maxAgeNanos) {
            long seen = generation.get();
            T value;
            try {
                value = reader.get();
            } catch (RuntimeException e) {
                if (current != null) {
                    return current.value();
                }
                throw e;
            }
            current = new Held<>(value, ticker.getAsLong());
            if (generation.get() == seen) {
                held.set(current);
            }
        }
        return current.value();
    }

    /**
     * Forgets the reading now and again when the transaction that changes the table ends, so
     * that no reading taken while it was open outlives it.
     */
    public void changedIn(TransactionSynchronizationRegistry transactions) {
        forget();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
    }

    private void forget() {
        generation.incrementAndGet();
        held.set(null);
    }
}
