package org.plasticitylab.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * How long does the default preset take end to end in a warm JVM: build, 14 days of burn-in,
 * 84 days with every probe and sample? Issue #5's target is under 0.5 s. The baseline is the
 * build alone (network and engine, no step), so the difference is the stepping.
 *
 * <p>How to run: {@code java -jar benchmarks/target/benchmarks.jar PresetEndToEndBenchmark}
 */
public class PresetEndToEndBenchmark extends WholeRunDefaults {
    private static final String PRESET = "ketamine-series-therapy";

    private Scenario preset;

    /** Loads the preset once per trial; not measured. */
    @Setup(Level.Trial)
    public void load() {
        preset = Presets.get(PRESET);
    }

    /**
     * The whole run: build, burn-in and every day of the preset; score in milliseconds.
     *
     * @return the run's result, returned so that JMH consumes it
     */
    @Benchmark
    public Result run() {
        return Simulation.run(preset);
    }

    /**
     * The baseline: builds the network and engine of the preset without taking a step; score in
     * milliseconds.
     *
     * @return the unstarted simulation, returned so that JMH consumes it
     */
    @Benchmark
    public Simulation buildOnlyBaseline() {
        return Simulation.create(preset);
    }
}
