package org.plasticitylab.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;

/**
 * What the benchmarks that time one {@link Simulation#step()} share: a subclass names the
 * network and the thread count (its question); this class builds the simulation once per trial
 * on {@link BenchmarkScenarios#stepping}, takes the first step (which also probes and samples
 * day 0) outside the measurement, and times one step per operation.
 *
 * <p>A scenario has a finite number of steps, and a fast step at a small size could use them
 * up in a long run. So between iterations the simulation is rebuilt, outside the measured time,
 * when fewer steps remain than twice what the last iteration used; if an iteration ran out
 * anyway, the run fails instead of timing finished no-op steps.
 */
public abstract class SimulationStepBenchmark extends ShortOperationDefaults {
    private Scenario scenario;
    private Simulation simulation;
    private double hoursAtLastCheck;

    /**
     * The network, {@code UNITSxINPUTS}.
     *
     * @return the size, e.g. {@code 10000x100}
     */
    protected abstract String network();

    /**
     * Threads that step the network.
     *
     * @return the thread count, at least 1
     */
    protected abstract int threads();

    /** Builds the stepping scenario and the simulation once per trial, and takes the first step. */
    @Setup(Level.Trial)
    public void start() {
        scenario = BenchmarkScenarios.stepping(NetworkSize.parse(network()));
        build();
    }

    /**
     * Before each iteration, rebuilds the simulation when fewer steps remain than twice what the
     * last iteration used; not measured.
     *
     * @throws IllegalStateException if the last iteration used up every step
     */
    @Setup(Level.Iteration)
    public void renewIfRunningOut() {
        double now = simulation.timeHours();
        double left = scenario.days() * 24 - now;
        if (left <= 0) {
            throw new IllegalStateException("the scenario ran out of steps during an iteration; "
                    + "use shorter iterations (-r) for network " + network());
        }
        if (left < 2 * (now - hoursAtLastCheck)) {
            simulation.close();
            build();
        }
        hoursAtLastCheck = simulation.timeHours();
    }

    /** Closes the simulation and its worker threads. */
    @TearDown(Level.Trial)
    public void stop() {
        simulation.close();
    }

    /**
     * One step; the result is true while the scenario has steps left. Score in microseconds.
     *
     * @return what {@link Simulation#step()} returns, so that JMH consumes it
     */
    @Benchmark
    public boolean step() {
        return simulation.step();
    }

    private void build() {
        simulation = Simulation.builder(scenario).threads(threads()).build();
        simulation.step();
    }
}
