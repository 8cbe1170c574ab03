package org.cocrea.kpi.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The number of distinct ids seen (people taking part, ideas implemented), mergeable by union.
 *
 * <p>Up to {@value #EXACT_LIMIT} ids the set is kept and the count is exact. Beyond that the ids are
 * replaced by a HyperLogLog sketch (Flajolet et al., 2007) of 2^{@value #PRECISION} one-byte
 * registers (16 KiB), whose count has a relative standard error of about 1.04 / √16384 ≈ 0.8 %; below
 * 2.5 × 16384 distinct ids the estimate uses linear counting, which is closer still. Ids are hashed
 * with a fixed 64-bit hash (FNV-1a of the UTF-8 bytes with the MurmurHash3 finaliser), so sketches
 * made on different machines agree.
 *
 * <p>The state depends only on the set of ids added, not on the order of adding or merging: a set
 * while it has at most {@value #EXACT_LIMIT} ids, else the sketch of all of them (each register is
 * the maximum over the ids that hash to it). This is what makes incremental snapshots equal to a
 * recomputation.
 */
public final class DistinctCount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most ids kept exactly. */
    public static final int EXACT_LIMIT = 1000;

    /** log2 of the number of sketch registers. */
    public static final int PRECISION = 14;

    private static final int REGISTERS = 1 << PRECISION;

    private TreeSet<String> ids = new TreeSet<>();
    private byte[] registers;

    /** Adds an id. */
    public void add(String id) {
        if (registers != null) {
            addToSketch(id);
        } else if (ids.add(id) && ids.size() > EXACT_LIMIT) {
            toSketch();
        }
    }

    /** Adds every id of {@code other} (the union). */
    public void addAll(DistinctCount other) {
        if (other.registers == null) {
            other.ids.forEach(this::add);
            return;
        }
        if (registers == null) {
            toSketch();
        }
        for (int i = 0; i < REGISTERS; i++) {
            registers[i] = (byte) Math.max(registers[i], other.registers[i]);
        }
    }

    /** Whether the count is exact (at most {@value #EXACT_LIMIT} ids). */
    public boolean isExact() {
        return registers == null;
    }

    /** The ids, while exact; empty once the set became a sketch. */
    public Set<String> ids() {
        return registers == null ? Collections.unmodifiableSet(ids) : Set.of();
    }

    /** The number of distinct ids: exact up to {@value #EXACT_LIMIT}, estimated above. */
    public long count() {
        if (registers == null) {
            return ids.size();
        }
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += Math.scalb(1.0, -r);
            if (r == 0) {
                zeros++;
            }
        }
        double m = REGISTERS;
        double alpha = 0.7213 / (1 + 1.079 / m);
        double estimate = alpha * m * m / sum;
        if (estimate <= 2.5 * m && zeros > 0) {
            estimate = m * Math.log(m / zeros);
        }
        return Math.max(EXACT_LIMIT + 1L, Math.round(estimate));
    }

    public boolean isEmpty() {
        return registers == null && ids.isEmpty();
    }

    public DistinctCount copy() {
        DistinctCount c = new DistinctCount();
        c.ids = new TreeSet<>(ids);
        c.registers = registers == null ? null : registers.clone();
        return c;
    }

    /**
     * The state as bytes, for a snapshot table: a mode byte, then the ids (count, then each as
     * modified UTF-8) or the {@code 2^14} registers.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (registers == null) {
                out.writeByte(0);
                out.writeInt(ids.size());
                for (String id : ids) {
                    out.writeUTF(id);
                }
            } else {
                out.writeByte(1);
                out.write(registers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The state written by {@link #toBytes()}. */
    public static DistinctCount fromBytes(byte[] data) {
        DistinctCount c = new DistinctCount();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int mode = in.readByte();
            if (mode == 0) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    c.ids.add(in.readUTF());
                }
            } else if (mode == 1) {
                c.registers = new byte[REGISTERS];
                in.readFully(c.registers);
                c.ids = new TreeSet<>();
            } else {
                throw new IllegalArgumentException("Not a distinct-count state: mode " + mode);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a distinct-count state: " + e.getMessage(), e);
        }
        return c;
    }

    private void toSketch() {
        registers = new byte[REGISTERS];
        TreeSet<String> all = ids;
        ids = new TreeSet<>();
        all.forEach(this::addToSketch);
    }

    private void addToSketch(String id) {
        long h = hash(id);
        int index = (int) (h >>> (64 - PRECISION));
        long rest = h << PRECISION;
        int rank = rest == 0 ? 64 - PRECISION + 1 : Long.numberOfLeadingZeros(rest) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    /** FNV-1a over the UTF-8 bytes, then the MurmurHash3 64-bit finaliser to spread the bits. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53ec94fL;
        h ^= h >>> 33;
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistinctCount d && ids.equals(d.ids) && Arrays.equals(registers, d.registers);
    }

    @Override
    public int hashCode() {
        return 31 * ids.hashCode() + Arrays.hashCode(registers);
    }

    @Override
    public String toString() {
        return registers == null ? ids.toString() : "≈" + count() + " (sketch)";
    }
}
