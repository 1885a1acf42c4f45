package org.plasticitylab.random;

import java.io.DataOutput;
import java.io.IOException;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;

/**
 * A random stream keyed by a seed and a stream number: what the network build, the input and the
 * recall probe draw from, and what a user passes to {@code Network.build},
 * {@code InputDrive.fill} or {@code RecallProbe.recall} to repeat them. A small SplitMix64
 * generator with its whole state in one {@code long} (plus a cached Gaussian), so that runs are
 * bit-identical on every JVM, streams can be re-keyed without allocation and a checkpoint can
 * store the exact position. Not thread-safe: one instance per stream.
 *
 * <p>Steele, Lea and Flood (2014), "Fast splittable pseudorandom number generators".
 */
public final class RandomStream implements Checkpointed {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** An odd step unrelated to the golden one (xxHash's second prime), for substreams. */
    private static final long SUBSTREAM_GAMMA = 0xC2B2AE3D27D4EB4FL;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    /**
     * Creates a generator keyed by a seed and a stream number.
     *
     * @param seed the run's seed
     * @param stream number of the stream, so that streams of one seed differ
     */
    public RandomStream(long seed, long stream) {
        reseed(seed, stream);
    }

    /**
     * Re-keys the generator in place, as if newly created with these keys.
     *
     * @param seed the run's seed
     * @param stream number of the stream
     */
    public void reseed(long seed, long stream) {
        state = start(seed, stream);
        hasSpare = false;
    }

    /**
     * The position a stream keyed by (seed, stream) starts at, as {@link #reseed} sets it. Keys
     * nest: {@code start(start(seed, a), b)} keys a stream by (seed, a, b).
     *
     * @param seed the run's seed, or a key made by this method
     * @param stream number of the stream within that key
     * @return the starting position
     */
    public static long start(long seed, long stream) {
        return mix(seed ^ mix(stream + GOLDEN_GAMMA));
    }

    /**
     * The start of substream {@code index} of the stream starting at {@code start}: a
     * multiply and an add, cheap enough to give every unit of a network its own stream each
     * step. The substreams' positions lie on a lattice of two unrelated odd steps, so for any
     * practical count of substreams and draws no two positions coincide; {@link #bitsAt}
     * mixes each.
     *
     * @param start a position from {@link #start}
     * @param index number of the substream
     * @return the substream's starting position
     */
    public static long substream(long start, long index) {
        return start + index * SUBSTREAM_GAMMA;
    }

    /**
     * Draw number {@code index} (from 0) of the stream starting at {@code start}, computed
     * directly: the same bits as the {@code index + 1}-th {@link #nextLong()} of a stream at
     * that position. A counter-based draw: no instance, no state, safe from any thread.
     *
     * @param start a position from {@link #start} or {@link #substream}
     * @param index which draw, 0 for the first
     * @return uniformly random bits
     */
    public static long bitsAt(long start, long index) {
        return mix(start + (index + 1) * GOLDEN_GAMMA);
    }

    /**
     * As {@link #bitsAt}, as a uniform double: the same value as the {@code index + 1}-th
     * {@link #nextDouble()} of a stream at that position.
     *
     * @param start a position from {@link #start} or {@link #substream}
     * @param index which draw, 0 for the first
     * @return a multiple of 2^-53 in [0, 1)
     */
    public static double uniformAt(long start, long index) {
        return unit(bitsAt(start, index));
    }

    /**
     * Mixes a value into a well-distributed 64-bit hash (the SplitMix64 finaliser).
     *
     * @param z the value to mix
     * @return its 64-bit hash
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Next 64 random bits.
     *
     * @return uniformly random bits
     */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * Uniform in [0, 1).
     *
     * @return a multiple of 2^-53 in [0, 1)
     */
    public double nextDouble() {
        return unit(nextLong());
    }

    /** The top 53 bits as a double in [0, 1). */
    private static double unit(long bits) {
        return (bits >>> 11) * DOUBLE_UNIT;
    }

    /**
     * True with probability {@code p} (p outside [0, 1] behaves as 0 or 1).
     *
     * @param p probability of true
     * @return the random outcome
     */
    public boolean nextBoolean(double p) {
        return nextDouble() < p;
    }

    /**
     * Uniform int in [0, bound), bound > 0, without modulo bias (Lemire's method).
     *
     * @param bound number of possible values, above 0
     * @return an int in [0, bound)
     */
    public int nextInt(int bound) {
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /**
     * Standard normal deviate (Marsaglia's polar method).
     *
     * @return a deviate with mean 0 and standard deviation 1
     */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }

    /**
     * Moves a uniformly random subset of {@code count} entries to the front of the array, in
     * random order (a partial Fisher-Yates shuffle, O(count)); the array stays a permutation.
     *
     * @param values the array, rearranged in place
     * @param count number of entries to draw, at most the length
     */
    public void partialShuffle(int[] values, int count) {
        partialShuffle(values, values.length, count);
    }

    /**
     * As {@link #partialShuffle(int[], int)} on the first {@code length} entries only.
     *
     * @param values the array, rearranged in place
     * @param length number of leading entries to draw from
     * @param count number of entries to draw, at most {@code length}
     */
    public void partialShuffle(int[] values, int length, int count) {
        for (int t = 0; t < count; t++) {
            int j = t + nextInt(length - t);
            int v = values[j];
            values[j] = values[t];
            values[t] = v;
        }
    }

    /**
     * The generator's state, for checkpoints: {@code [state, spare bits, has spare]}.
     *
     * @return a new array of three longs
     */
    public long[] saveState() {
        return new long[] {state, Double.doubleToRawLongBits(spareGaussian), hasSpare ? 1 : 0};
    }

    /**
     * Restores a state taken by {@link #saveState()}.
     *
     * @param saved the three longs {@link #saveState()} returned
     * @throws IllegalArgumentException if {@code saved} does not have 3 entries
     */
    public void restoreState(long[] saved) {
        if (saved.length != 3) {
            throw new IllegalArgumentException("saved must have 3 entries, was " + saved.length);
        }
        state = saved[0];
        spareGaussian = Double.longBitsToDouble(saved[1]);
        hasSpare = saved[2] != 0;
    }

    /** Writes the position, the spare Gaussian and its flag, as {@link #saveState()} gives them. */
    @Override
    public void save(DataOutput out) throws IOException {
        for (long v : saveState()) {
            out.writeLong(v);
        }
    }

    /** Reads back what {@link #save} wrote: a finite spare value and a 0/1 flag. */
    @Override
    public void restore(BoundedInput in) throws IOException {
        long position = in.readLong("random stream");
        double spare = in.readFinite("random stream spare value");
        long flag = in.readLong("random stream spare flag");
        if (flag != 0 && flag != 1) {
            throw new IOException("checkpoint random stream spare flag must be 0 or 1, was " + flag);
        }
        restoreState(new long[] {position, Double.doubleToRawLongBits(spare), flag});
    }
}
