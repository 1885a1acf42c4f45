package org.plasticitylab.benchmarks;

import org.openjdk.jmh.annotations.Param;

/**
 * How long does one simulation step take, one thread, as the network grows from 1e4 to 1e7
 * synapse slots? Synapse updates per second = slots / time per step (docs/benchmarks.md). The
 * step is stressed and dosed (see {@link BenchmarkScenarios#stepping}) so that every part of it
 * runs; probes and samples are left to {@link ProbeCostBenchmark}.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar StepThroughputBenchmark}
 * (add {@code -prof gc} for the bytes allocated per step).
 */
public class StepThroughputBenchmark extends SimulationStepBenchmark {
    /** 1e4, 1e5, 1e6 and 1e7 slots; 1e4 needs fewer inputs, 100 would not fit 200 units. */
    @Param({"200x50", "1000x100", "10000x100", "100000x100"})
    public String network;

    @Override
    protected String network() {
        return network;
    }

    @Override
    protected int threads() {
        return 1;
    }
}
