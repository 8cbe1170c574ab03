package org.cocrea.climate.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.cocrea.climate.control.RoundResults;

/**
 * Computed round results, shared by all instances of a cluster through JCache (Payara's Hazelcast
 * data grid). An entry is stamped with the number of answers it was computed from; a reader
 * compares the stamp with the current count in the database, so a new answer on any instance makes
 * every instance recompute, and nothing depends on one JVM's memory.
 */
@ApplicationScoped
public class ResultsCache {

    private static final Logger LOG = Logger.getLogger(ResultsCache.class.getName());
    static final String NAME = "cocrea-climate-results";

    // Keys: a round's id for its full results; the negated id for its results without the
    // comparison against the round before it (the base of the next round's "change").

    /** Results and the answer count they were computed from. */
    public record Entry(long answers, RoundResults results) implements Serializable {}

    @Inject
    CacheManager manager;

    @Resource
    ManagedExecutorService executor;

    private volatile Cache<Long, Entry> cache;

    /**
     * This instance's copy of entries it has read or computed, so a warm read does not deserialise
     * the whole result from the data grid. Only used when its answer count matches the caller's,
     * which is read from the database, so it can never show a stale result.
     */
    private final Map<Long, Entry> near = new ConcurrentHashMap<>();

    /** The entry for the round if it was computed from exactly {@code answers} answers, else null. */
    public Entry get(long roundId, long answers) {
        Entry local = near.get(roundId);
        if (local != null && local.answers() == answers) {
            return local;
        }
        Cache<Long, Entry> c = cache();
        Entry shared = c == null ? null : c.get(roundId);
        if (shared != null && shared.answers() == answers) {
            near.put(roundId, shared);
            return shared;
        }
        return null;
    }

    /**
     * Keeps a freshly computed entry. This instance uses it at once; the copy in the data grid
     * (serialising a large result takes a while) is written in the background, so the reader who
     * triggered the computation does not wait for it.
     */
    public void put(long roundId, Entry entry) {
        near.put(roundId, entry);
        Cache<Long, Entry> c = cache();
        if (c != null) {
            try {
                executor.execute(() -> c.put(roundId, entry));
            } catch (RuntimeException rejected) {
                c.put(roundId, entry);
            }
        }
    }

    private Cache<Long, Entry> cache() {
        Cache<Long, Entry> c = cache;
        if (c == null) {
            synchronized (this) {
                c = cache;
                if (c == null) {
                    try {
                        c = manager.getCache(NAME, Long.class, Entry.class);
                        if (c == null) {
                            c = manager.createCache(
                                    NAME,
                                    new MutableConfiguration<Long, Entry>()
                                            .setTypes(Long.class, Entry.class)
                                            .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(Duration.ONE_HOUR)));
                        }
                    } catch (javax.cache.CacheException alreadyCreatedElsewhere) {
                        c = manager.getCache(NAME, Long.class, Entry.class);
                    } catch (RuntimeException e) {
                        LOG.warning("Results cache unavailable, computing on every request: " + e);
                        return null;
                    }
                    cache = c;
                }
            }
        }
        return c;
    }
}
