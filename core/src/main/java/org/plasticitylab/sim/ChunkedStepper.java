package org.plasticitylab.sim;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.network.Network;
import org.plasticitylab.plasticity.AffinePlasticityRule;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.plasticity.SynapseStep;
import org.plasticitylab.random.RandomStream;

/**
 * Steps 4 to 6 of a tick (activity, synaptic and structural plasticity, and the gather of the
 * next tick's input) over the units in fixed chunks of {@value Simulation#CHUNK_UNITS}, on the
 * caller's thread or on a {@link ChunkWorkers} team, together with the per-unit state they
 * work on. Each chunk has its own turnover stream keyed by (step, chunk), and chunk results are
 * combined in chunk order, so nothing depends on which thread ran which chunk.
 */
final class ChunkedStepper implements AutoCloseable {
    private final Network network;
    private final PlasticityRule rule;
    /** The rule when it is affine, so that it runs fused with turnover; else null. */
    private final AffinePlasticityRule affineRule;
    private final SynapseStep synapseStep;
    private final RateDynamics dynamics;
    private final double dtHours;
    /** The adaptation's share per step, the same every step. */
    private final double follow;
    private final int chunks;
    private final RandomStream[] turnoverRngs;
    private final long turnoverSeed;
    /** Worker threads for multi-threaded stepping, or null for one thread. */
    private final ChunkTeam workers;
    private final double[] rate;
    private final float[] rateF;
    private final double[] h;
    private final double[] external;
    private final double[] adaptation;
    /** Weight sums per chunk from the last gather, added in chunk order for determinism. */
    private final double[] chunkWeightSums;
    private double tickOffset;
    private double tickPlasticity;
    private double tickStress;
    private int tickStep;
    /** The per-chunk actions, made once: a step must not allocate. */
    private final IntConsumer ratesOfChunk = this::updateRatesOfChunk;
    private final IntConsumer synapsesOfChunk = this::updateSynapsesOfChunk;

    /**
     * Creates the stepper and, for more than one thread, its worker team.
     *
     * @param network the network
     * @param rule the plasticity rule (run fused with turnover when affine)
     * @param synapseStep turnover and the fused pass
     * @param dynamics the rate update
     * @param dtHours the step in hours
     * @param seed the scenario seed
     * @param turnoverStream the turnover streams' id, keyed further by (step, chunk)
     * @param team makes the thread team for a number of chunks, or null for one thread
     */
    ChunkedStepper(Network network, PlasticityRule rule, SynapseStep synapseStep,
            RateDynamics dynamics, double dtHours, long seed, long turnoverStream,
            IntFunction<ChunkTeam> team) {
        this.network = network;
        this.rule = rule;
        this.affineRule = rule instanceof AffinePlasticityRule a ? a : null;
        this.synapseStep = synapseStep;
        this.dynamics = dynamics;
        this.dtHours = dtHours;
        this.follow = dynamics.follow(dtHours);
        int n = network.neurons();
        this.chunks = (n + Simulation.CHUNK_UNITS - 1) / Simulation.CHUNK_UNITS;
        this.turnoverSeed = RandomStream.mix(seed + turnoverStream);
        this.turnoverRngs = new RandomStream[chunks];
        for (int c = 0; c < chunks; c++) {
            turnoverRngs[c] = new RandomStream(seed, turnoverStream);
        }
        this.workers = team != null ? team.apply(chunks) : null;
        this.rate = new double[n];
        this.rateF = new float[n];
        this.h = new double[n];
        this.external = new double[n];
        this.adaptation = new double[n];
        this.chunkWeightSums = new double[chunks];
    }

    /** Gathers the first tick's input and the weight sums from the rates at rest. */
    void gatherFirst() {
        for (int chunk = 0; chunk < chunks; chunk++) {
            int from = chunk * Simulation.CHUNK_UNITS;
            int to = chunkEnd(chunk);
            RateDynamics.gather(network, from, to, rateF, h);
            double sum = 0;
            float[] w = network.weight();
            for (int s = from * network.slotsPerNeuron(); s < to * network.slotsPerNeuron(); s++) {
                sum += w[s];
            }
            chunkWeightSums[chunk] = sum;
        }
    }

    /**
     * Step 4: every unit's new rate from {@code h}, the external input and adaptation.
     *
     * @param occupancy mean NMDA occupancy over the step
     * @return the mean of the new rates
     */
    double updateRates(double occupancy) {
        tickOffset = dynamics.offset(h, occupancy);
        runChunks(ratesOfChunk, null);
        return RateDynamics.mean(rate);
    }

    /**
     * Steps 5 and 6 and the gather of the next tick's input; the caller's thread first does
     * {@code callerFirst}, which must touch none of the synapses, rates or inputs of a chunk.
     *
     * @param plasticityLevel this tick's P
     * @param stress this tick's stress
     * @param densityRatio density relative to the healthy one, 0 while not yet known
     * @param step the absolute step, which keys the turnover streams
     * @param callerFirst work for the caller's thread, or null
     */
    void updateSynapses(double plasticityLevel, double stress, double densityRatio, int step,
            Runnable callerFirst) {
        synapseStep.beginTick(plasticityLevel, stress, dtHours, densityRatio);
        rule.beforeStep(plasticityLevel, stress, dtHours);
        tickPlasticity = plasticityLevel;
        tickStress = stress;
        tickStep = step;
        runChunks(synapsesOfChunk, callerFirst);
    }

    /**
     * The sum of all weights after the last pass, chunk by chunk in order.
     *
     * @return the weight sum
     */
    double weightSum() {
        double sum = 0;
        for (double chunkSum : chunkWeightSums) {
            sum += chunkSum;
        }
        return sum;
    }

    private void runChunks(IntConsumer action, Runnable callerFirst) {
        if (workers == null || workers.isClosed()) {
            if (callerFirst != null) {
                callerFirst.run();
            }
            for (int chunk = 0; chunk < chunks; chunk++) {
                action.accept(chunk);
            }
        } else {
            workers.runAll(action, callerFirst);
        }
    }

    private void updateRatesOfChunk(int chunk) {
        int from = chunk * Simulation.CHUNK_UNITS;
        int to = chunkEnd(chunk);
        dynamics.updateUnits(from, to, h, external, tickOffset, rate, adaptation, follow);
        for (int i = from; i < to; i++) {
            rateF[i] = (float) rate[i];
        }
    }

    /**
     * Steps 5 and 6 for one chunk of units, then the gather of their input for the next tick.
     * Chunks touch disjoint slots and their own random stream, so they may run in any order.
     */
    private void updateSynapsesOfChunk(int chunk) {
        int from = chunk * Simulation.CHUNK_UNITS;
        int to = chunkEnd(chunk);
        if (affineRule == null) {
            for (int unit = from; unit < to; unit++) {
                rule.update(network, unit, rate, tickPlasticity, tickStress, dtHours);
            }
        }
        RandomStream rng = turnoverRngs[chunk];
        rng.reseed(turnoverSeed, ((long) tickStep << 24) | chunk);
        chunkWeightSums[chunk] = synapseStep.apply(network, from, to, affineRule, rate, rateF, rng,
                h);
    }

    private int chunkEnd(int chunk) {
        return Math.min(network.neurons(), (chunk + 1) * Simulation.CHUNK_UNITS);
    }

    /** Rates per unit (live). */
    double[] rate() {
        return rate;
    }

    /** Synaptic input per unit for the coming tick (live). */
    double[] h() {
        return h;
    }

    /** External input per unit for the coming tick (live). */
    double[] external() {
        return external;
    }

    /** Adaptation per unit (live). */
    double[] adaptation() {
        return adaptation;
    }

    /** Weight sums per chunk (live), for checkpoints. */
    double[] chunkWeightSums() {
        return chunkWeightSums;
    }

    /** Releases the worker threads, if any; stepping afterwards runs on the caller's thread. */
    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
    }
}
