package com.pathway.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one row of the daily totals ({@link DayTotals}): what the per-lead summary's rows of one day of
 * arrival and one filter value add up to. Each part is packed on its own, so that a figure reads only its own, and
 * parts of many rows are added together when a figure is read. Counts and days are exact; the times to the
 * milestones and in each stage are kept as histograms with buckets 2 % wide, so that medians and 90th percentiles
 * read from them are within 1 % of the exact ones.
 */
final class DayFigures {

    private DayFigures() {
    }

    /** How long things took, in seconds, in buckets 2 % wide (bucket 0: under a second). */
    static final class Histogram {

        static final double RATIO = 1.02;
        private static final double LOG_RATIO = Math.log(RATIO);
        /** Enough for twenty years in seconds. */
        static final int BUCKETS = 2 + (int) (Math.log(20 * 366 * 86_400.0) / LOG_RATIO);

        /** Counts by bucket: a day's row has few (a dense array of the buckets up to months would be mostly empty). */
        private final Counts counts = new Counts();
        private long total;

        static int bucket(double seconds) {
            if (!(seconds >= 1)) {
                return 0;
            }
            return Math.min(BUCKETS - 1, 1 + (int) Math.floor(Math.log(seconds) / LOG_RATIO));
        }

        /** The middle (geometric) of a bucket, in seconds. */
        static double middle(int bucket) {
            return bucket == 0 ? 0 : Math.exp((bucket - 0.5) * LOG_RATIO);
        }

        void add(double seconds) {
            addBucket(bucket(seconds));
        }

        /** One more in the bucket (from {@link #bucket}). */
        void addBucket(int bucket) {
            counts.add(bucket, 1);
            total++;
        }

        void add(Histogram other) {
            counts.add(other.counts);
            total += other.total;
        }

        long total() {
            return total;
        }

        /**
         * The percentile as SQL's {@code percentile_cont} takes it (between the values at the ranks around
         * {@code p × (n − 1)}), each value read as its bucket's middle; null when empty.
         */
        Double percentile(double p) {
            if (total == 0) {
                return null;
            }
            double rank = p * (total - 1);
            long lo = (long) Math.floor(rank);
            double low = valueAt(lo);
            double high = valueAt((long) Math.ceil(rank));
            return low + (rank - lo) * (high - low);
        }

        private double valueAt(long index) {
            return middle(counts.keyAtRank(index));
        }

        void write(Packer out) {
            counts.write(out);
        }

        void read(Unpacker in) {
            total += counts.read(in);
        }
    }

    /**
     * Counts by a whole number (a day since 1970-01-01 in the clinic's zone, a histogram's bucket), in order of the
     * numbers. A day's row has few numbers: they are kept in two small arrays. A figure adding up many rows has many:
     * past {@link #SPARSE_AT_MOST} they move to one array indexed by the number (from the lowest seen), which grows as
     * needed.
     */
    static final class Counts {

        static final int SPARSE_AT_MOST = 64;

        /** What {@link #forEach} hands each number and its count to. */
        @FunctionalInterface
        interface Each {
            void accept(int key, long count);
        }

        private int[] keys = new int[4];
        private long[] values = new long[4];
        private int size;
        /** Once many: the count of number {@code base + i} at {@code dense[i]}; {@code size} those not 0. */
        private long[] dense;
        private int base;

        void add(int key, long n) {
            if (dense != null) {
                addDense(key, n);
                return;
            }
            // mostly in order: a day's numbers arrive rising
            int i = size == 0 || keys[size - 1] < key ? -(size + 1) : Arrays.binarySearch(keys, 0, size, key);
            if (i >= 0) {
                values[i] += n;
                return;
            }
            if (size == SPARSE_AT_MOST) {
                toDense();
                addDense(key, n);
                return;
            }
            int at = -(i + 1);
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            System.arraycopy(keys, at, keys, at + 1, size - at);
            System.arraycopy(values, at, values, at + 1, size - at);
            keys[at] = key;
            values[at] = n;
            size++;
        }

        private void toDense() {
            base = keys[0];
            dense = new long[Math.max(64, keys[size - 1] - base + 1)];
            for (int i = 0; i < size; i++) {
                dense[keys[i] - base] = values[i];
            }
            keys = null;
            values = null;
        }

        private void addDense(int key, long n) {
            if (key < base || key - base >= dense.length) {
                int low = Math.min(base, key);
                int high = Math.max(base + dense.length - 1, key);
                int length = Math.max(high - low + 1, dense.length * 2);
                // room on the side that grew
                int newBase = key < base ? Math.max(Integer.MIN_VALUE + 1, high - length + 1) : low;
                long[] grown = new long[length];
                System.arraycopy(dense, 0, grown, base - newBase, dense.length);
                dense = grown;
                base = newBase;
            }
            int i = key - base;
            if (dense[i] == 0 && n != 0) {
                size++;
            }
            dense[i] += n;
        }

        void add(Counts other) {
            other.forEach(this::add);
        }

        /** How many numbers have a count. */
        int size() {
            return size;
        }

        /** The number at which the counts, added up in order, pass {@code rank} (0-based). */
        int keyAtRank(long rank) {
            long[] seen = {0};
            int[] found = {0};
            boolean[] done = {false};
            forEach((key, count) -> {
                if (!done[0]) {
                    seen[0] += count;
                    if (rank < seen[0]) {
                        found[0] = key;
                        done[0] = true;
                    }
                }
            });
            if (!done[0]) {
                throw new IllegalStateException("rank past the counts");
            }
            return found[0];
        }

        void forEach(Each each) {
            if (dense != null) {
                for (int i = 0; i < dense.length; i++) {
                    if (dense[i] != 0) {
                        each.accept(base + i, dense[i]);
                    }
                }
                return;
            }
            for (int i = 0; i < size; i++) {
                each.accept(keys[i], values[i]);
            }
        }

        /** The counts, for tests and messages. */
        Map<Integer, Long> asMap() {
            Map<Integer, Long> map = new java.util.LinkedHashMap<>();
            forEach(map::put);
            return map;
        }

        /** How many numbers, then each as the difference from the one before, with its count. */
        void write(Packer out) {
            out.number(size);
            int[] previous = {0};
            forEach((key, count) -> {
                out.number(key - previous[0]);
                out.number(count);
                previous[0] = key;
            });
        }

        /** Adds what {@link #write} wrote; returns the counts read, added up. */
        long read(Unpacker in) {
            long n = in.number();
            int key = 0;
            long total = 0;
            for (long i = 0; i < n; i++) {
                key += (int) in.number();
                long count = in.number();
                add(key, count);
                total += count;
            }
            return total;
        }
    }

    /** Counts by a pair of values (either may be null): closings by stage and resolution, open leads by person. */
    static final class Pairs {

        record Key(String first, String second) {
        }

        final Map<Key, Long> counts = new HashMap<>();

        void add(String first, String second, long n) {
            add(new Key(first, second), n);
        }

        void add(Key key, long n) {
            counts.merge(key, n, Long::sum);
        }

        void add(Pairs other) {
            other.counts.forEach(this::add);
        }

        void write(Packer out) {
            out.number(counts.size());
            counts.forEach((k, n) -> {
                out.text(k.first());
                out.text(k.second());
                out.number(n);
            });
        }

        void read(Unpacker in) {
            long size = in.number();
            for (long i = 0; i < size; i++) {
                add(in.text(), in.text(), in.number());
            }
        }
    }

    /**
     * The service-level targets: due, met in time, late, and of those not met yet the ones already overdue when the
     * row was written ({@code builtAt}) and the due times of the others, so that "missed by now" stays exact later.
     */
    static final class Levels {

        final long[] response = new long[4]; // due, met, late, overdue when written
        final List<Long> responsePending = new ArrayList<>();
        final long[] consultation = new long[4];
        final List<Long> consultationPending = new ArrayList<>();
        long builtAt;

        void add(Levels other) {
            for (int i = 0; i < 4; i++) {
                response[i] += other.response[i];
                consultation[i] += other.consultation[i];
            }
            responsePending.addAll(other.responsePending);
            consultationPending.addAll(other.consultationPending);
            builtAt = Math.max(builtAt, other.builtAt);
        }

        /** Late, overdue when written, or pending and due before {@code now} (epoch milliseconds). */
        static long missed(long[] counts, List<Long> pending, long now) {
            return counts[2] + counts[3] + pending.stream().filter(due -> due < now).count();
        }

        void write(Packer out) {
            out.number(builtAt);
            for (int i = 0; i < 4; i++) {
                out.number(response[i]);
                out.number(consultation[i]);
            }
            out.number(responsePending.size());
            responsePending.forEach(out::number);
            out.number(consultationPending.size());
            consultationPending.forEach(out::number);
        }

        void read(Unpacker in) {
            Levels row = new Levels();
            row.builtAt = in.number();
            for (int i = 0; i < 4; i++) {
                row.response[i] = in.number();
                row.consultation[i] = in.number();
            }
            for (long i = in.number(); i > 0; i--) {
                row.responsePending.add(in.number());
            }
            for (long i = in.number(); i > 0; i--) {
                row.consultationPending.add(in.number());
            }
            add(row);
        }
    }

    /** Writes numbers (variable length, zig-zag) and texts (null kept). */
    static final class Packer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Packer number(long value) {
            long v = (value << 1) ^ (value >> 63);
            try {
                while ((v & ~0x7FL) != 0) {
                    out.writeByte((int) ((v & 0x7F) | 0x80));
                    v >>>= 7;
                }
                out.writeByte((int) v);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Packer text(String value) {
            try {
                out.writeBoolean(value != null);
                if (value != null) {
                    out.writeUTF(value);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads what a {@link Packer} wrote. */
    static final class Unpacker {

        private final DataInputStream in;

        Unpacker(byte[] bytes) {
            in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        long number() {
            try {
                long v = 0;
                int shift = 0;
                int b;
                do {
                    b = in.readUnsignedByte();
                    v |= (long) (b & 0x7F) << shift;
                    shift += 7;
                } while ((b & 0x80) != 0);
                return (v >>> 1) ^ -(v & 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            try {
                return in.readBoolean() ? in.readUTF() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
