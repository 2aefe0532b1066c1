package vn.egov.kernel.api.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TableSnapshotTest {
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aReadingIsKeptUntilItIsTooOld() {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        TableSnapshot<Integer> snapshot =
                new TableSnapshot<>(Duration.ofMillis(200), reads::incrementAndGet, nanos::get);
        assertEquals(1, snapshot.get());
        nanos.addAndGet(Duration.ofMillis(200).toNanos());
        assertEquals(1, snapshot.get(), "200 ms old: still used");
        nanos.addAndGet(1);
        assertEquals(2, snapshot.get(), "older: read again");
    }

    @Test
    void whileTheTableCannotBeReadTheLastReadingIsUsedAndAFirstReadingFails() {
        java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
        TableSnapshot<Integer> snapshot = new TableSnapshot<>(
                Duration.ofMillis(200),
                () -> {
                    if (down.get()) {
                        throw new IllegalStateException("database away");
                    }
                    return reads.incrementAndGet();
                },
                nanos::get);
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalStateException.class, snapshot::get, "nothing to fall back on");
        down.set(false);
        assertEquals(1, snapshot.get());
        down.set(true);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(1, snapshot.get(), "too old, but the table cannot be read: the last reading");
        down.set(false);
        assertEquals(2, snapshot.get(), "read again as soon as the table answers");
    }

    @Test
    void aChangeIsSeenAtOnceAndAgainAfterItsTransactionEnds() {
        TableSnapshot<Integer> snapshot = new TableSnapshot<>(Duration.ofHours(1), reads::incrementAndGet);
        assertEquals(1, snapshot.get());
        Transaction transaction = new Transaction();
        snapshot.changedIn(transaction);
        assertEquals(2, snapshot.get(), "read again inside the changing transaction");
        assertEquals(2, snapshot.get());
        transaction.end();
        assertEquals(3, snapshot.get(), "a reading taken before the commit is not kept after it");
        assertEquals(3, snapshot.get());
    }

    @Test
    void aReadingTakenWhileTheTableChangedIsNotKept() {
        Transaction transaction = new Transaction();
        TableSnapshot<Integer>[] holder = new TableSnapshot[1];
        // the reader itself sees a change happen while it reads
        holder[0] = new TableSnapshot<>(Duration.ofHours(1), () -> {
            int n = reads.incrementAndGet();
            if (n == 1) {
                holder[0].changedIn(transaction);
            }
            return n;
        });
        assertEquals(1, holder[0].get(), "the caller gets what was read");
        assertEquals(2, holder[0].get(), "but it was not kept");
        assertEquals(2, holder[0].get());
    }

    /** Just enough of a transaction to end it. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void end() {
            synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
