package vn.egov.kernel.api.helpers;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * PostgreSQL advisory locks held until the current transaction ends, so that what must happen once
 * across every server of a cluster is decided by the database, not by a JVM lock: a once-per-period
 * job runs where {@link #tryForTransaction} answers true; work that must see the others' commits
 * first (counting a sender's reports before adding one) waits in {@link #forTransaction}. A name is
 * hashed to the lock's 64-bit key; two names sharing a key only wait for each other.
 */
public final class DatabaseLocks {
    private DatabaseLocks() {}

    /** Takes the lock if free, for the rest of the transaction; false if another transaction holds it. */
    public static boolean tryForTransaction(EntityManager em, String name) {
        Object taken = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, key(name))
                .getSingleResult();
        return Boolean.TRUE.equals(taken);
    }

    /**
     * Takes the locks of all the names, waiting for each, for the rest of the transaction. The
     * locks are taken in the order of their keys, so two transactions locking overlapping sets
     * cannot deadlock on them.
     */
    public static void forTransaction(EntityManager em, Collection<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String keys = names.stream()
                .map(DatabaseLocks::key)
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
        em.createNativeQuery("select count(pg_advisory_xact_lock(k)) from unnest(cast(?1 as bigint[])) as t(k)")
                .setParameter(1, keys)
                .getSingleResult();
    }

    /** The lock key of a name: its 64-bit FNV-1a hash (no allocation; a collision only makes two names wait together). */
    static long key(String name) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            hash ^= name.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
