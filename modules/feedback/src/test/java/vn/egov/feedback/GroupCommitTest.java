package vn.egov.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneItemIsWrittenAtOnceInItsOwnBatch() {
        List<List<Integer>> batches = new ArrayList<>();
        GroupCommit<Integer, String> commits = new GroupCommit<>(1, 10, batch -> {
            batches.add(batch);
            return batch.stream().map(i -> GroupCommit.Outcome.written("#" + i)).toList();
        });
        assertEquals("#7", commits.submit(7));
        assertEquals("#8", commits.submit(8));
        assertEquals(List.of(List.of(7), List.of(8)), batches);
    }

    @Test
    void concurrentItemsShareTransactionsAndEachCallerGetsItsOwnResult() throws Exception {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, Integer> written = new ConcurrentHashMap<>();
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(1, 5, batch -> {
            sizes.add(batch.size());
            sleep(2);
            batch.forEach(i -> written.merge(i, 1, Integer::sum));
            return batch.stream().map(i -> GroupCommit.Outcome.written(i * 10)).toList();
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int item = i;
            answers.add(threads.submit(() -> commits.submit(item)));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i * 10, answers.get(i).get(10, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertEquals(400, written.size());
        assertTrue(written.values().stream().allMatch(n -> n == 1), "each item written once");
        assertTrue(sizes.stream().allMatch(n -> n <= 5), "no batch over the limit: " + sizes);
        assertTrue(sizes.size() < 400, "eight callers at once shared transactions: " + sizes.size() + " batches");
    }

    @Test
    void atMostTheAllowedNumberOfTransactionsWriteAtOnce() throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        ConcurrentHashMap<Integer, Integer> written = new ConcurrentHashMap<>();
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(2, 50, batch -> {
            assertTrue(!batch.isEmpty(), "no empty transaction");
            mostAtOnce.accumulateAndGet(active.incrementAndGet(), Math::max);
            sleep(3);
            batch.forEach(i -> written.merge(i, 1, Integer::sum));
            active.decrementAndGet();
            return batch.stream().map(GroupCommit.Outcome::written).toList();
        });
        submitFromEightThreads(commits, 300);
        assertEquals(300, written.size());
        assertTrue(written.values().stream().allMatch(n -> n == 1), "each item written once");
        assertEquals(2, mostAtOnce.get(), "two writers at once, never more");
    }

    @Test
    void itemsWithTheSameKeyAreNeverInTwoTransactionsAtOnce() throws Exception {
        Set<Integer> keysBeingWritten = ConcurrentHashMap.newKeySet();
        List<String> clashes = Collections.synchronizedList(new ArrayList<>());
        ConcurrentHashMap<Integer, Integer> written = new ConcurrentHashMap<>();
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(4, 50, i -> i % 3, batch -> {
            Set<Integer> keys = new HashSet<>();
            batch.forEach(i -> keys.add(i % 3));
            for (Integer key : keys) {
                if (!keysBeingWritten.add(key)) {
                    clashes.add("key " + key + " in two transactions");
                }
            }
            sleep(2);
            batch.forEach(i -> written.merge(i, 1, Integer::sum));
            keysBeingWritten.removeAll(keys);
            return batch.stream().map(GroupCommit.Outcome::written).toList();
        });
        submitFromEightThreads(commits, 300);
        assertEquals(List.of(), clashes);
        assertEquals(300, written.size());
    }

    @Test
    void aRefusalReachesOnlyItsOwnCallerAndTheOthersAreWritten() throws Exception {
        FirstWriteHeld held = new FirstWriteHeld();
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(1, 10, batch -> {
            held.entered(batch);
            return batch.stream()
                    .map(i -> i == 2
                            ? GroupCommit.Outcome.<Integer>refused(new IllegalArgumentException("two"))
                            : GroupCommit.Outcome.written(i))
                    .toList();
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        Future<Integer> first = threads.submit(() -> commits.submit(0));
        held.started.await();
        List<Future<Integer>> later = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int item = i;
            later.add(threads.submit(() -> commits.submit(item)));
        }
        Thread.sleep(100);
        held.release.countDown();
        assertEquals(0, first.get(5, TimeUnit.SECONDS));
        assertEquals(1, later.get(0).get(5, TimeUnit.SECONDS));
        Exception refused = assertThrows(Exception.class, () -> later.get(1).get(5, TimeUnit.SECONDS));
        assertEquals("two", refused.getCause().getMessage());
        assertEquals(3, later.get(2).get(5, TimeUnit.SECONDS));
        threads.shutdown();
        assertEquals(
                2, held.batches.size(), "the three that came during the first write went together: " + held.batches);
    }

    @Test
    void aFailedSharedTransactionIsRetriedItemByItemSoOnlyTheBadItemFails() throws Exception {
        FirstWriteHeld held = new FirstWriteHeld();
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(1, 10, batch -> {
            held.entered(batch);
            if (batch.contains(-1)) {
                throw new IllegalStateException("constraint violated");
            }
            return batch.stream().map(GroupCommit.Outcome::written).toList();
        });
        ExecutorService threads = Executors.newFixedThreadPool(4);
        Future<Integer> first = threads.submit(() -> commits.submit(0));
        held.started.await();
        Future<Integer> good = threads.submit(() -> commits.submit(5));
        Future<Integer> bad = threads.submit(() -> commits.submit(-1));
        Future<Integer> alsoGood = threads.submit(() -> commits.submit(6));
        Thread.sleep(100);
        held.release.countDown();
        assertEquals(0, first.get(5, TimeUnit.SECONDS));
        assertEquals(5, good.get(5, TimeUnit.SECONDS));
        assertEquals(6, alsoGood.get(5, TimeUnit.SECONDS));
        Exception failed = assertThrows(Exception.class, () -> bad.get(5, TimeUnit.SECONDS));
        assertEquals("constraint violated", failed.getCause().getMessage());
        threads.shutdown();
        assertEquals(
                5, held.batches.size(), "first alone, the three together (failed), then each of them: " + held.batches);
        assertEquals(3, held.batches.get(1).size());
    }

    @Test
    void aWriterThatAnswersTooFewItemsFailsThemAllInsteadOfLeavingCallersWaiting() {
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(1, 10, batch -> List.of());
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> commits.submit(1));
        assertTrue(failed.getMessage().contains("0 of 1"), failed.getMessage());
    }

    /** Holds the write of item 0 until released, so that the items submitted meanwhile wait behind it. */
    private static final class FirstWriteHeld {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());

        void entered(List<Integer> batch) {
            batches.add(batch);
            if (batch.contains(0)) {
                started.countDown();
                await(release);
            }
        }
    }

    /** Submits items 0 to count - 1 from eight threads and checks that each caller got its own item back. */
    private static void submitFromEightThreads(GroupCommit<Integer, Integer> commits, int count) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int item = i;
            answers.add(threads.submit(() -> commits.submit(item)));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i, answers.get(i).get(10, TimeUnit.SECONDS));
        }
        threads.shutdown();
        assertEquals(0, commits.placesTaken(), "every writer's place given back");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
