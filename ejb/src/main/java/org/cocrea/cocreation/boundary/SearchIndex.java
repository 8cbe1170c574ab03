package org.cocrea.cocreation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cocrea.cocreation.entity.Idea;
import org.cocrea.cocreation.entity.IdeaComment;

/**
 * Keeps this instance's search index in step with the database. Changes made on this instance are
 * indexed when their transaction commits; every 30 seconds this bean also re-indexes ideas and
 * comments changed in the last 90 seconds, which picks up what other instances of a cluster wrote
 * (each instance has its own Lucene index, see docs/cocreation.md, "Search"). At start, an index
 * whose counts differ from the database's (new instance, restored database) is rebuilt in the
 * background.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final Duration OVERLAP = Duration.ofSeconds(90);

    @Inject
    SearchIndexer indexer;

    @Resource
    TimerService timers;

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile Instant lastCatchUp = Instant.now();

    @PostConstruct
    void start() {
        // after deployment, not during it
        timers.createSingleActionTimer(2_000, new jakarta.ejb.TimerConfig("search-index-check", false));
    }

    /** Checks the index against the database in a few seconds (after the caller's data is committed). */
    public void checkSoon() {
        timers.createSingleActionTimer(3_000, new jakarta.ejb.TimerConfig("search-index-check", false));
    }

    @jakarta.ejb.Timeout
    void check(jakarta.ejb.Timer timer) {
        try {
            if (indexer.outOfStep()) {
                rebuild();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the search index", e);
        }
    }

    /** Re-indexes everything; returns how many documents were written. */
    public long rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long started = System.nanoTime();
            indexer.purge();
            long n = 0;
            for (Class<?> type : new Class<?>[] {Idea.class, IdeaComment.class}) {
                long after = 0;
                while (true) {
                    SearchIndexer.Batch b = indexer.indexBatch(type, after, 2000);
                    n += b.count();
                    if (b.count() == 0) {
                        break;
                    }
                    after = b.lastId();
                }
            }
            LOG.info("Search index rebuilt: " + n + " ideas and comments in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return n;
        } finally {
            rebuilding.set(false);
        }
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void catchUp() {
        if (rebuilding.get()) {
            return;
        }
        Instant now = Instant.now();
        try {
            indexer.changedSince(lastCatchUp.minus(OVERLAP));
            lastCatchUp = now;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index catch-up failed", e);
        }
    }
}
