package org.cocrea.kpi.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link SnapshotStore} that works on a batch of events in memory over a snapshot table: it reads
 * what the batch needs in a few queries beforehand ({@link #prefetch}), lets the {@link
 * SnapshotEngine} apply every event to the copies, and hands back the snapshots that changed
 * ({@link #changed()}) to be written in one go — in the same transaction as the batch's
 * watermark.
 *
 * <p>For a KPI with carried levels ({@link KpiFormula#carriesAny()}) the whole series is read, since
 * a new snapshot takes over the latest earlier one's levels and a late carried event changes every
 * later one. For any other KPI only the periods the events fall in are read, and {@link
 * #latestBefore} answers empty: such a KPI has no levels to take over, so the engine's result is the
 * same. Whatever was not read beforehand is read when first asked for.
 *
 * <p>Unlike {@link InMemorySnapshotStore} the buffer hands out its own instances, not copies: the
 * engine applies an event to what it read and saves it at once, and copying a snapshot (with a
 * 16 KiB sketch of the people taking part) for every event of a batch cost more than the rest of
 * the work. A caller that changes a snapshot must save it. Not thread-safe.
 */
public final class BufferedSnapshotStore implements SnapshotStore {

    /** A series: the snapshots of one KPI and scope at one grain. */
    public record Series(String kpi, Scope scope, Grain grain) {
        public static Series of(SnapshotKey key) {
            return new Series(key.kpi(), key.scope(), key.period().grain());
        }
    }

    /** Reads saved snapshots from the table. */
    public interface Loader {
        /** Every saved snapshot of these series. */
        List<KpiSnapshot> series(Collection<Series> series);

        /** The saved snapshots with these keys (missing ones left out). */
        List<KpiSnapshot> keys(Collection<SnapshotKey> keys);
    }

    private final Map<String, ComputedKpi> kpis;
    private final Loader loader;
    private final TreeMap<SnapshotKey, KpiSnapshot> cache = new TreeMap<>();
    private final Set<Series> complete = new HashSet<>();
    private final Set<SnapshotKey> looked = new HashSet<>();
    private final Set<SnapshotKey> changed = new HashSet<>();
    private int reads;

    public BufferedSnapshotStore(List<ComputedKpi> kpis, Loader loader) {
        this.kpis = kpis.stream().collect(Collectors.toMap(ComputedKpi::key, Function.identity()));
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * Reads, in two queries, every snapshot the events will touch: the whole series of KPIs with
     * carried levels, the periods of the others.
     */
    public void prefetch(Collection<? extends KpiEvent> events, ZoneId zone, EventScopes scopes) {
        Set<Series> series = new HashSet<>();
        Set<SnapshotKey> keys = new HashSet<>();
        for (KpiEvent event : events) {
            List<Scope> eventScopes = null;
            for (ComputedKpi kpi : kpis.values()) {
                KpiFormula f = kpi.formula();
                if (!f.reads(event)) {
                    continue;
                }
                if (eventScopes == null) {
                    eventScopes = scopes.of(event);
                }
                LocalDate date = LocalDate.ofInstant(f.countsAt(event), zone);
                for (Scope scope : eventScopes) {
                    for (Grain grain : Grain.values()) {
                        if (!kpi.definition().readableAt(grain)) {
                            continue;
                        }
                        if (f.carriesAny()) {
                            series.add(new Series(kpi.key(), scope, grain));
                        } else {
                            keys.add(new SnapshotKey(kpi.key(), scope, Period.of(grain, date)));
                        }
                    }
                }
            }
        }
        loadSeries(series);
        loadKeys(keys);
    }

    private void loadSeries(Collection<Series> series) {
        List<Series> missing =
                series.stream().filter(s -> !complete.contains(s)).toList();
        if (missing.isEmpty()) {
            return;
        }
        reads++;
        for (KpiSnapshot s : loader.series(missing)) {
            cache.putIfAbsent(s.key(), s);
        }
        complete.addAll(missing);
    }

    private void loadKeys(Collection<SnapshotKey> keys) {
        List<SnapshotKey> missing = keys.stream()
                .filter(k -> !looked.contains(k) && !complete.contains(Series.of(k)))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        reads++;
        for (KpiSnapshot s : loader.keys(missing)) {
            cache.putIfAbsent(s.key(), s);
        }
        looked.addAll(missing);
    }

    @Override
    public Optional<KpiSnapshot> find(SnapshotKey key) {
        if (!looked.contains(key) && !complete.contains(Series.of(key))) {
            loadKeys(List.of(key));
        }
        return Optional.ofNullable(cache.get(key));
    }

    @Override
    public void save(KpiSnapshot snapshot) {
        cache.put(snapshot.key(), snapshot);
        looked.add(snapshot.key());
        changed.add(snapshot.key());
    }

    @Override
    public Optional<KpiSnapshot> latestBefore(SnapshotKey key) {
        if (!carries(key)) {
            return Optional.empty();
        }
        loadSeries(List.of(Series.of(key)));
        Map.Entry<SnapshotKey, KpiSnapshot> e = cache.lowerEntry(key);
        return e != null && e.getKey().sameSeries(key) ? Optional.of(e.getValue()) : Optional.empty();
    }

    @Override
    public List<KpiSnapshot> after(SnapshotKey key) {
        loadSeries(List.of(Series.of(key)));
        List<KpiSnapshot> out = new ArrayList<>();
        for (Map.Entry<SnapshotKey, KpiSnapshot> e : cache.tailMap(key, false).entrySet()) {
            if (!e.getKey().sameSeries(key)) {
                break;
            }
            out.add(e.getValue());
        }
        return out;
    }

    /** Not used by the engine; a buffer knows only what it has read. */
    @Override
    public List<KpiSnapshot> inPeriod(Period period) {
        throw new UnsupportedOperationException("A buffered store does not list a period");
    }

    /** The snapshots saved since the buffer was made, by key. */
    public List<KpiSnapshot> changed() {
        Map<SnapshotKey, KpiSnapshot> out = new TreeMap<>();
        for (SnapshotKey k : changed) {
            out.put(k, cache.get(k));
        }
        return new ArrayList<>(out.values());
    }

    /** How many times the loader was asked (for tests and the run's log). */
    public int reads() {
        return reads;
    }

    private boolean carries(SnapshotKey key) {
        ComputedKpi k = kpis.get(key.kpi());
        return k == null || k.formula().carriesAny();
    }
}
