package org.plasticitylab.benchmarks;

import java.lang.management.ManagementFactory;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;

/**
 * Bytes the caller's thread allocates while stepping a preset: blocks of steps after a warm-up
 * long enough for the JIT to compile the step with escape analysis (what early steps allocate
 * is code not yet compiled). The preset is lengthened so that the blocks run inside it, past
 * its doses and sessions. Issue #11 asks that a step allocate nothing; a dose peak's record is
 * the one allowed exception.
 *
 * <p>How to run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.plasticitylab.benchmarks.StepAllocation PRESET...}.
 */
public final class StepAllocation {
    /** Steps run before measuring: past JIT compilation of the whole step. */
    public static final int WARMUP_STEPS = 15_000;
    /** Steps per measured block: ten simulated days at 15-minute steps. */
    public static final int BLOCK_STEPS = 960;
    private static final double DAYS = 200;

    private StepAllocation() {
    }

    /**
     * Bytes allocated by each block of steps on this thread, after the warm-up.
     *
     * @param scenario the scenario to step, long enough for the warm-up and the blocks
     * @param warmupSteps steps run first and not measured
     * @param blockSteps steps per block
     * @param blocks number of blocks
     * @return the bytes of each block
     * @throws IllegalArgumentException if the run ends before the last block
     */
    public static long[] measure(Scenario scenario, int warmupSteps, int blockSteps, int blocks) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long[] bytes = new long[blocks];
        try (Simulation sim = Simulation.create(scenario)) {
            steps(sim, warmupSteps, scenario);
            for (int b = 0; b < blocks; b++) {
                long before = threads.getThreadAllocatedBytes(thread);
                steps(sim, blockSteps, scenario);
                bytes[b] = threads.getThreadAllocatedBytes(thread) - before;
            }
        }
        return bytes;
    }

    private static void steps(Simulation sim, int count, Scenario scenario) {
        for (int i = 0; i < count; i++) {
            if (!sim.step()) {
                throw new IllegalArgumentException("\"" + scenario.name() + "\" ends before "
                        + "the measured steps; give it more days");
            }
        }
    }

    /**
     * Prints each preset's bytes per block of {@value #BLOCK_STEPS} steps.
     *
     * @param args preset names
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("give one or more preset names");
        }
        for (String name : args) {
            Scenario scenario = Presets.get(name).toBuilder().days(DAYS).build();
            long[] bytes = measure(scenario, WARMUP_STEPS, BLOCK_STEPS, 3);
            System.out.printf("%s: %d, %d, %d bytes per %d steps after %d%n", name, bytes[0],
                    bytes[1], bytes[2], BLOCK_STEPS, WARMUP_STEPS);
        }
    }
}
