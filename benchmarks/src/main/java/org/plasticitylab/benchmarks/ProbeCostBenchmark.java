package org.plasticitylab.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * What do the recall probes and the per-step samples cost in a whole preset run? The preset as
 * shipped probes every 24 h and samples every step ({@code 24}, {@code 0}); the baseline probes
 * only at day 0 and samples once a day ({@code 240000}, {@code 24}). The other two cells split
 * the cost between probes and samples.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar ProbeCostBenchmark}
 */
public class ProbeCostBenchmark extends WholeRunDefaults {
    private static final String PRESET = "ketamine-series-therapy";

    /** 24 is the default; 240000 (24 x Scenario.MAX_DAYS) leaves only the probe at day 0. */
    @Param({"24", "240000"})
    public double probeEveryHours;

    /** 0 samples every step (the default); 24 once a day. */
    @Param({"0", "24"})
    public double sampleEveryHours;

    private Scenario scenario;

    /** Derives the preset with this cell's probe and sample intervals once per trial. */
    @Setup(Level.Trial)
    public void derive() {
        scenario = BenchmarkScenarios.preset(PRESET, probeEveryHours, sampleEveryHours);
    }

    /**
     * One whole run of the derived preset; score in milliseconds.
     *
     * @return the run's result, returned so that JMH consumes it
     */
    @Benchmark
    public Result run() {
        return Simulation.run(scenario);
    }
}
