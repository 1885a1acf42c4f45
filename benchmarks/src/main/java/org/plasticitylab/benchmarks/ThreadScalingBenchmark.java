package org.plasticitylab.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * How much faster is one simulation step on two threads than on one, at 1e6 and 1e7 synapse
 * slots? Threads = 1 is the baseline; issue #5 asks for at least 1.6x on two.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar ThreadScalingBenchmark}
 */
public class ThreadScalingBenchmark extends SimulationStepBenchmark {
    /** 1e6 and 1e7 slots. */
    @Param({"10000x100", "100000x100"})
    public String network;

    /** Threads that step the network; 1 is the baseline. */
    @Param({"1", "2"})
    public int threads;

    @Override
    protected String network() {
        return network;
    }

    @Override
    protected int threads() {
        return threads;
    }
}
