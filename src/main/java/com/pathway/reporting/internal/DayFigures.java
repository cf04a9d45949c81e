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

        private long[] counts = new long[0];
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
            addBucket(bucket(seconds), 1);
        }

        private void addBucket(int bucket, long n) {
            if (counts.length <= bucket) {
                counts = Arrays.copyOf(counts, Math.max(bucket + 1, Math.min(BUCKETS, counts.length * 2 + 64)));
            }
            counts[bucket] += n;
            total += n;
        }

        void add(Histogram other) {
            for (int b = 0; b < other.counts.length; b++) {
                if (other.counts[b] != 0) {
                    addBucket(b, other.counts[b]);
                }
            }
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
            long seen = 0;
            for (int b = 0; b < counts.length; b++) {
                seen += counts[b];
                if (index < seen) {
                    return middle(b);
                }
            }
            throw new IllegalStateException("rank past the histogram");
        }

        void write(Packer out) {
            int used = 0;
            for (long c : counts) {
                used += c == 0 ? 0 : 1;
            }
            out.number(used);
            int previous = 0;
            for (int b = 0; b < counts.length; b++) {
                if (counts[b] != 0) {
                    out.number(b - previous);
                    out.number(counts[b]);
                    previous = b;
                }
            }
        }

        void read(Unpacker in) {
            long used = in.number();
            int b = 0;
            for (long i = 0; i < used; i++) {
                b += (int) in.number();
                addBucket(b, in.number());
            }
        }
    }

    /** Counts by day (days since 1970-01-01 in the clinic's zone). */
    static final class Days {

        /** Counts by day (unordered: they are written in order). */
        final HashMap<Integer, Long> counts = new HashMap<>();

        void add(int day, long n) {
            counts.merge(day, n, Long::sum);
        }

        void add(Days other) {
            other.counts.forEach(this::add);
        }

        void write(Packer out) {
            out.number(counts.size());
            int[] days = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int previous = 0;
            for (int day : days) {
                out.number(day - previous);
                out.number(counts.get(day));
                previous = day;
            }
        }

        void read(Unpacker in) {
            long size = in.number();
            int day = 0;
            for (long i = 0; i < size; i++) {
                day += (int) in.number();
                add(day, in.number());
            }
        }
    }

    /** Counts by a pair of values (either may be null): closings by stage and resolution, open leads by person. */
    static final class Pairs {

        record Key(String first, String second) {
        }

        final Map<Key, Long> counts = new HashMap<>();

        void add(String first, String second, long n) {
            counts.merge(new Key(first, second), n, Long::sum);
        }

        void add(Pairs other) {
            other.counts.forEach((k, n) -> add(k.first(), k.second(), n));
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
