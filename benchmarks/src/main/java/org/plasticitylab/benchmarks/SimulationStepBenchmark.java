package org.plasticitylab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plasticitylab.sim.Simulation;

/**
 * What the benchmarks that time {@link Simulation#step()} share: a subclass names the network
 * and the thread count (its question); this class builds the simulation once per trial on
 * {@link BenchmarkScenarios#stepping}, takes the first step (which also probes and samples day
 * 0) outside the measurement, and then times one simulated day (96 steps) per invocation; the
 * score is per step.
 *
 * <p>Why whole days and a fixed count of them rather than as many steps as fit in a second: a
 * step's cost follows the number of present synapses, and density changes over the first
 * simulated weeks. Timed by the second, a small network would be measured weeks into the
 * scenario and a large one on its first days, at another density. With a fixed count every
 * size and thread count is timed over the same days 6 to 15 (after 5 days of warm-up), and
 * since results do not depend on threads, 1 and 2 threads time exactly the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = "-Xmx4g")
@OperationsPerInvocation(SimulationStepBenchmark.STEPS_PER_DAY)
public abstract class SimulationStepBenchmark {
    /** Steps in a simulated day at the default 0.25 h step. */
    static final int STEPS_PER_DAY = 96;

    private Simulation simulation;

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
        simulation = Simulation.builder(BenchmarkScenarios.stepping(NetworkSize.parse(network())))
                .threads(threads()).build();
        simulation.step();
    }

    /** Closes the simulation and its worker threads. */
    @TearDown(Level.Trial)
    public void stop() {
        simulation.close();
    }

    /**
     * One simulated day of steps ({@link OperationsPerInvocation} makes the score per step, in
     * microseconds); named for what it scores, like every benchmark of the scaling chart.
     *
     * @return the simulated time after the day, so that JMH consumes a result
     * @throws IllegalStateException if the scenario ran out of steps
     */
    @Benchmark
    public double step() {
        for (int i = 0; i < STEPS_PER_DAY; i++) {
            if (!simulation.step()) {
                throw new IllegalStateException("the stepping scenario ran out of steps");
            }
        }
        return simulation.timeHours();
    }
}
