package vn.egov.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes what concurrent requests submit in shared transactions: a request that finds a writer's
 * place free writes everything waiting, its own item included, in one transaction, while the
 * requests that arrive when all places are taken wait; a writer that ends hands its place to the
 * oldest of them, which writes all that waits by then. Nothing waits for a batch to fill: alone,
 * a request writes its item at once, as it would without this class; under load, the begin,
 * commit and queries per transaction are shared by the items written together.
 * <p>
 * Each caller gets its own item's outcome: its result, or the refusal the writer gave it. When a
 * shared transaction fails as a whole, its items are written again one per transaction, so that
 * one bad item fails only its own caller.
 *
 * @param <T> what callers submit
 * @param <R> what a caller gets back once its item is committed
 */
public final class GroupCommit<T, R> {
    private final Writer<T, R> writer;
    private final int maxBatch;
    private final int maxWriters;
    private final ReentrantLock lock = new ReentrantLock();
    private final Function<T, ?> conflictKey;
    private final List<Pending<T, R>> waiting = new ArrayList<>();
    /** The keys of the items being written: an item with one of them waits for that write to end. */
    private final Set<Object> inFlight = new HashSet<>();

    private int writing;

    /** Writes a batch in one transaction of its own and answers each item, in the batch's order. */
    @FunctionalInterface
    public interface Writer<T, R> {
        List<Outcome<R>> write(List<T> batch);
    }

    /** One item's answer: its result, or the refusal its caller receives (the others are still written). */
    public record Outcome<R>(R result, RuntimeException refusal) {
        public static <R> Outcome<R> written(R result) {
            return new Outcome<>(result, null);
        }

        public static <R> Outcome<R> refused(RuntimeException refusal) {
            return new Outcome<>(null, refusal);
        }
    }

    private static final class Pending<T, R> {
        final T item;
        final Object key;
        final Thread caller = Thread.currentThread();
        volatile Outcome<R> outcome;
        /** Given a writer's place: the caller writes the next batch. */
        volatile boolean mayWrite;

        Pending(T item, Object key) {
            this.item = item;
            this.key = key;
        }

        boolean free(Set<Object> inFlight) {
            return key == null || !inFlight.contains(key);
        }
    }

    /**
     * @param maxWriters how many transactions may write at once (more than one keeps the processors
     *                   busy while a transaction waits for the database)
     * @param maxBatch   the most items one transaction writes
     */
    public GroupCommit(int maxWriters, int maxBatch, Writer<T, R> writer) {
        this(maxWriters, maxBatch, item -> null, writer);
    }

    /**
     * @param conflictKey items with the same key (not null) are never written by two transactions
     *                    at once, so that a writer's reads about that key (how many reports one
     *                    sender sent, say) see all that was committed before; null for no conflict
     */
    public GroupCommit(int maxWriters, int maxBatch, Function<T, ?> conflictKey, Writer<T, R> writer) {
        if (maxWriters < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("maxWriters and maxBatch must be at least 1");
        }
        this.maxWriters = maxWriters;
        this.maxBatch = maxBatch;
        this.conflictKey = conflictKey;
        this.writer = writer;
    }

    /**
     * Writes the item, alone or with others, and returns its result once committed; throws its
     * refusal, or what made its transaction fail.
     */
    public R submit(T item) {
        Pending<T, R> mine = new Pending<>(item, conflictKey.apply(item));
        lock.lock();
        try {
            waiting.add(mine);
            if (writing < maxWriters) {
                writing++;
                mine.mayWrite = true;
            }
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (mine.outcome == null) {
            if (mine.mayWrite) {
                writeNextBatch(mine);
            } else {
                // each caller is woken alone, when its item is answered or a writer's place is handed to it
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        }
        releasePlaceIfGiven(mine);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Outcome<R> outcome = mine.outcome;
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome.result();
    }

    /** Writers' places taken now (for tests: none once every caller has returned). */
    int placesTaken() {
        lock.lock();
        try {
            return writing;
        } finally {
            lock.unlock();
        }
    }

    /** A place handed over just before another writer answered this caller's item is handed on, not kept. */
    private void releasePlaceIfGiven(Pending<T, R> mine) {
        lock.lock();
        try {
            if (mine.mayWrite) {
                mine.mayWrite = false;
                writing--;
                handOff();
            }
        } finally {
            lock.unlock();
        }
    }

    private void writeNextBatch(Pending<T, R> mine) {
        List<Pending<T, R>> batch;
        lock.lock();
        try {
            // cleared holding the lock, so that a hand-off cannot give this caller a second place meanwhile
            mine.mayWrite = false;
            batch = takeBatch();
        } finally {
            lock.unlock();
        }
        try {
            if (!batch.isEmpty()) {
                writeAll(batch);
            }
        } finally {
            lock.lock();
            try {
                batch.forEach(written -> inFlight.remove(written.key));
                writing--;
                handOff();
            } finally {
                lock.unlock();
            }
            for (Pending<T, R> answered : batch) {
                if (answered != mine) {
                    LockSupport.unpark(answered.caller);
                }
            }
        }
    }

    /**
     * Gives a free writer's place to the oldest waiting caller that has none and whose item may be
     * written now (called holding the lock). When none may, the end of a write in flight hands off.
     */
    private void handOff() {
        if (writing == maxWriters) {
            return;
        }
        for (Pending<T, R> next : waiting) {
            if (!next.mayWrite && next.free(inFlight)) {
                writing++;
                next.mayWrite = true;
                LockSupport.unpark(next.caller);
                return;
            }
        }
    }

    /**
     * The oldest waiting items whose keys no other write holds (called holding the lock); the
     * taker's own is among them, or in a later batch that it writes or waits for.
     */
    private List<Pending<T, R>> takeBatch() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Set<Object> taken = new HashSet<>();
        for (Iterator<Pending<T, R>> next = waiting.iterator(); next.hasNext() && batch.size() < maxBatch; ) {
            Pending<T, R> candidate = next.next();
            if (candidate.free(inFlight)) {
                batch.add(candidate);
                if (candidate.key != null) {
                    taken.add(candidate.key);
                }
                next.remove();
            }
        }
        inFlight.addAll(taken);
        return batch;
    }

    private void writeAll(List<Pending<T, R>> batch) {
        try {
            List<Outcome<R>> outcomes;
            try {
                outcomes = writer.write(batch.stream().map(p -> p.item).toList());
            } catch (RuntimeException failed) {
                if (batch.size() == 1) {
                    batch.get(0).outcome = Outcome.refused(failed);
                } else {
                    batch.forEach(one -> writeAll(List.of(one)));
                }
                return;
            }
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException(
                        "the writer answered " + outcomes.size() + " of " + batch.size() + " items");
            }
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome = outcomes.get(i);
            }
        } finally {
            // an item left without an answer (the writer broke its contract or an Error flew) must not wait forever
            for (Pending<T, R> one : batch) {
                if (one.outcome == null) {
                    one.outcome = Outcome.refused(new IllegalStateException("the write of this item did not finish"));
                }
            }
        }
    }
}
