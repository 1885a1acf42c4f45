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

    @Setup(Level.Trial)
    public void load() {
        preset = Presets.get(PRESET);
    }

    @Benchmark
    public Result run() {
        return Simulation.run(preset);
    }

    @Benchmark
    public Simulation buildOnlyBaseline() {
        return Simulation.create(preset);
    }
}
