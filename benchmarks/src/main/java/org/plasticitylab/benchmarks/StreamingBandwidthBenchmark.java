package org.plasticitylab.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The baseline of the suite: how many GB/s can one thread stream through arrays of the
 * reference kernel's sizes? Three patterns, bytes per element in brackets: {@code readIndexAndWeight}
 * sums an int[] and a float[] (8 B, the kernel's reads); {@code updateWeightByIndex} reads both
 * and writes the float[] back (12 B: the kernel without its random gather); {@code triad}
 * {@code a = b + s c} (12 B, the STREAM triad). GB/s = bytes x length / score. 1e5 elements fit
 * in L2, 1e6 in L3, 1e7 do not.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar StreamingBandwidthBenchmark}
 */
public class StreamingBandwidthBenchmark extends ShortOperationDefaults {
    private static final float SCALE = 0.5f;

    /** Elements per array, as the kernel's synapses. */
    @Param({"100000", "1000000", "10000000"})
    public int length;

    private int[] index;
    private float[] a;
    private float[] b;
    private float[] c;

    /** Fills the arrays with seeded random indices and values once per trial; not measured. */
    @Setup(Level.Trial)
    public void fill() {
        SplittableRandom random = new SplittableRandom(7);
        index = random.ints(length, 0, length).toArray();
        a = new float[length];
        b = new float[length];
        c = new float[length];
        for (int i = 0; i < length; i++) {
            b[i] = random.nextFloat();
            c[i] = random.nextFloat();
        }
    }

    /**
     * Sum of an int[] and a float[], four partial sums so that add latency does not bound it.
     * 8 B per element.
     *
     * @return the sum, so that JMH consumes it
     */
    @Benchmark
    public float readIndexAndWeight() {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += b[i] + index[i];
            s1 += b[i + 1] + index[i + 1];
            s2 += b[i + 2] + index[i + 2];
            s3 += b[i + 3] + index[i + 3];
        }
        for (; i < length; i++) {
            s0 += b[i] + index[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * {@code b[i] = 0.995 b[i] + 1e-9 index[i]}: the kernel's streams without its gather.
     * 12 B per element.
     *
     * @return the updated array, so that JMH consumes it
     */
    @Benchmark
    public float[] updateWeightByIndex() {
        for (int i = 0; i < length; i++) {
            b[i] = 0.995f * b[i] + 1e-9f * index[i];
        }
        return b;
    }

    /**
     * STREAM triad {@code a = b + s c}. 12 B per element.
     *
     * @return the written array, so that JMH consumes it
     */
    @Benchmark
    public float[] triad() {
        for (int i = 0; i < length; i++) {
            a[i] = b[i] + SCALE * c[i];
        }
        return a;
    }
}
