package org.plasticitylab.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How fast does a plain JVM run the reference kernel of issue #5, per synapse-step, on one and
 * two threads, at 1e5, 1e6 and 1e7 synapses? The score is microseconds per step; ns per
 * synapse-step = score x 1000 / (units x inputs). Targets: 2 ns or less on one thread at 1e6
 * and 1e7 (a C -O3 version: 1.4 ns, 0.75 on two). The baseline is
 * {@link StreamingBandwidthBenchmark} at the same sizes.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar PlasticRateNetworkBenchmark}
 */
public class PlasticRateNetworkBenchmark extends ShortOperationDefaults {
    private static final long SEED = 5;

    /** Units x inputs per unit: 1e5, 1e6 and 1e7 synapses. */
    @Param({"1000x100", "10000x100", "100000x100"})
    public String size;

    /** Threads that step the network: 1, or 2 through a {@link TwoThreadStepper}. */
    @Param({"1", "2"})
    public int threads;

    private PlasticRateNetwork network;
    private TwoThreadStepper twoThreads;

    /**
     * Builds the random network of {@link #size} once per trial, and the two-thread stepper when
     * {@link #threads} is 2; not measured.
     */
    @Setup(Level.Trial)
    public void build() {
        network = PlasticRateNetwork.random(NetworkSize.parse(size), SEED);
        twoThreads = switch (threads) {
            case 1 -> null;
            case 2 -> new TwoThreadStepper(network);
            default -> throw new IllegalArgumentException("threads must be 1 or 2, was " + threads);
        };
    }

    /** Stops the two-thread stepper's worker, if there is one. */
    @TearDown(Level.Trial)
    public void stop() {
        if (twoThreads != null) {
            twoThreads.close();
        }
    }

    /**
     * One step; returns the mean rate.
     *
     * @return the mean rate after the step, returned so that JMH consumes it
     */
    @Benchmark
    public double step() {
        return twoThreads == null ? network.step() : twoThreads.step();
    }
}
