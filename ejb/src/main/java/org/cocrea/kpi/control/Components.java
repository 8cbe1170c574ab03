package org.cocrea.kpi.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The named parts a computed KPI's value is derived from, kept in each {@link KpiSnapshot}. Four
 * kinds, each with a merge that is commutative and associative, so any order of updates gives the
 * same state:
 *
 * <ul>
 *   <li>counters (whole numbers; merge: sum) — counts, sums of seconds, sums of index values in
 *       thousandths (whole numbers so that sums are exact);
 *   <li>distinct counts ({@link DistinctCount}; merge: union) — people taking part, ideas
 *       implemented;
 *   <li>sets of short labels (merge: union) — customer segments;
 *   <li>latest readings ({@link Latest}; merge: the later) — audience size, climate result.
 * </ul>
 *
 * A counter at 0 is the same as no counter, and an empty set the same as none: equality compares
 * values only.
 */
public final class Components implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int FORMAT = 1;

    private final TreeMap<String, Long> counters = new TreeMap<>();
    private final TreeMap<String, DistinctCount> distinct = new TreeMap<>();
    private final TreeMap<String, TreeSet<String>> sets = new TreeMap<>();
    private final TreeMap<String, Latest> latest = new TreeMap<>();

    /** A counter's value; 0 when never added to. */
    public long counter(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /** Adds to a counter (a negative delta subtracts). */
    public void add(String name, long delta) {
        long v = Math.addExact(counter(name), delta);
        if (v == 0) {
            counters.remove(name);
        } else {
            counters.put(name, v);
        }
    }

    /** The distinct count's number of ids; 0 when none. */
    public long distinctCount(String name) {
        DistinctCount d = distinct.get(name);
        return d == null ? 0 : d.count();
    }

    /** A copy of a distinct count (empty when none). */
    public DistinctCount distinct(String name) {
        DistinctCount d = distinct.get(name);
        return d == null ? new DistinctCount() : d.copy();
    }

    /** Adds an id to a distinct count. */
    public void addDistinct(String name, String id) {
        distinct.computeIfAbsent(name, n -> new DistinctCount()).add(id);
    }

    /** A set's members, sorted; empty when none. */
    public Set<String> set(String name) {
        TreeSet<String> s = sets.get(name);
        return s == null ? Set.of() : Collections.unmodifiableSet(s);
    }

    /** Adds a member to a set. */
    public void addToSet(String name, String member) {
        sets.computeIfAbsent(name, n -> new TreeSet<>()).add(member);
    }

    /** A latest reading; empty when none. */
    public Optional<Latest> latest(String name) {
        return Optional.ofNullable(latest.get(name));
    }

    /** Keeps the reading if it is later than the one held. */
    public void offerLatest(String name, Latest reading) {
        Objects.requireNonNull(reading, "reading");
        latest.merge(name, reading, Latest::max);
    }

    /** The counters, by name. */
    public Map<String, Long> counters() {
        return Collections.unmodifiableMap(counters);
    }

    /** The names of every component held. */
    public Set<String> names() {
        TreeSet<String> names = new TreeSet<>(counters.keySet());
        names.addAll(distinct.keySet());
        names.addAll(sets.keySet());
        names.addAll(latest.keySet());
        return names;
    }

    public boolean isEmpty() {
        return counters.isEmpty() && distinct.isEmpty() && sets.isEmpty() && latest.isEmpty();
    }

    /** Merges the components of {@code other} whose names pass the filter into these. */
    public void merge(Components other, Predicate<String> which) {
        other.counters.forEach((n, v) -> {
            if (which.test(n)) {
                add(n, v);
            }
        });
        other.distinct.forEach((n, d) -> {
            if (which.test(n)) {
                distinct.computeIfAbsent(n, k -> new DistinctCount()).addAll(d);
            }
        });
        other.sets.forEach((n, s) -> {
            if (which.test(n)) {
                sets.computeIfAbsent(n, k -> new TreeSet<>()).addAll(s);
            }
        });
        other.latest.forEach((n, l) -> {
            if (which.test(n)) {
                offerLatest(n, l);
            }
        });
    }

    /** A copy holding only the components whose names pass the filter. */
    public Components only(Predicate<String> which) {
        Components c = new Components();
        c.merge(this, which);
        return c;
    }

    /**
     * The components as bytes, for a snapshot table: a format byte, then the counters, distinct
     * counts ({@link DistinctCount#toBytes()}), sets and latest readings, each sorted by name. Equal
     * components give equal bytes.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeInt(counters.size());
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            out.writeInt(distinct.size());
            for (Map.Entry<String, DistinctCount> e : distinct.entrySet()) {
                out.writeUTF(e.getKey());
                byte[] d = e.getValue().toBytes();
                out.writeInt(d.length);
                out.write(d);
            }
            out.writeInt(sets.size());
            for (Map.Entry<String, TreeSet<String>> e : sets.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (String member : e.getValue()) {
                    out.writeUTF(member);
                }
            }
            out.writeInt(latest.size());
            for (Map.Entry<String, Latest> e : latest.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue().at().getEpochSecond());
                out.writeInt(e.getValue().at().getNano());
                out.writeLong(e.getValue().value());
                out.writeLong(e.getValue().count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The components written by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException when the bytes are not such components
     */
    public static Components fromBytes(byte[] data) {
        Components c = new Components();
        if (data == null || data.length == 0) {
            return c;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("Unknown components format " + format);
            }
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                c.counters.put(name, in.readLong());
            }
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                byte[] d = new byte[in.readInt()];
                in.readFully(d);
                c.distinct.put(name, DistinctCount.fromBytes(d));
            }
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                TreeSet<String> members = new TreeSet<>();
                for (int m = in.readInt(); m > 0; m--) {
                    members.add(in.readUTF());
                }
                c.sets.put(name, members);
            }
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
                c.latest.put(name, new Latest(at, in.readLong(), in.readLong()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a components state: " + e.getMessage(), e);
        }
        return c;
    }

    public Components copy() {
        Components c = new Components();
        c.merge(this, n -> true);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Components c
                && counters.equals(c.counters)
                && distinct.equals(c.distinct)
                && sets.equals(c.sets)
                && latest.equals(c.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counters, distinct, sets, latest);
    }

    @Override
    public String toString() {
        return "Components[counters=" + counters + ", distinct=" + distinct + ", sets=" + sets + ", latest=" + latest
                + "]";
    }
}
