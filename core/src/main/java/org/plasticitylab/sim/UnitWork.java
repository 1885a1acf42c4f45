package org.plasticitylab.sim;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.network.Network;
import org.plasticitylab.plasticity.AffinePlasticityRule;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.plasticity.SynapseStep;

/**
 * Steps 4 to 6 of a tick (activity, synaptic and structural plasticity, and the gather of the
 * next tick's input), unit by unit on the {@link UnitState}, over the ranges a
 * {@link ChunkSchedule} hands out. No unit's result depends on the range it runs in (turnover
 * draws are keyed by step and a fixed block of units), so neither the ranges nor the threads
 * change a bit.
 */
final class UnitWork implements AutoCloseable {
    private final Network network;
    private final PlasticityRule rule;
    /** The rule when it is affine, so that it runs fused with turnover; else null. */
    private final AffinePlasticityRule affineRule;
    private final SynapseStep synapseStep;
    private final RateDynamics dynamics;
    private final UnitState state;
    private final ChunkSchedule schedule;
    private final double dtHours;
    /** The adaptation's share per step, the same every step. */
    private final double follow;
    private double tickOffset;
    private double tickPlasticity;
    private double tickStress;
    /** The work per range, made once: a step must not allocate. */
    private final ChunkSchedule.UnitRangeWork gatherOfRange = this::gatherOfRange;
    private final ChunkSchedule.UnitRangeWork ratesOfRange = this::updateRatesOfRange;
    private final ChunkSchedule.UnitRangeWork synapsesOfRange = this::updateSynapsesOfRange;

    /**
     * Creates the work; it runs on the schedule's threads.
     *
     * @param network the network
     * @param rule the plasticity rule (run fused with turnover when affine)
     * @param synapseStep turnover and the fused pass
     * @param dynamics the rate update
     * @param state the units' state, updated in place
     * @param schedule hands out the ranges of units; closed with this work
     * @param dtHours the step in hours
     */
    UnitWork(Network network, PlasticityRule rule, SynapseStep synapseStep, RateDynamics dynamics,
            UnitState state, ChunkSchedule schedule, double dtHours) {
        this.network = network;
        this.rule = rule;
        this.affineRule = rule instanceof AffinePlasticityRule a ? a : null;
        this.synapseStep = synapseStep;
        this.dynamics = dynamics;
        this.state = state;
        this.schedule = schedule;
        this.dtHours = dtHours;
        this.follow = dynamics.follow(dtHours);
    }

    /** Gathers the first tick's input and the weight sums from the rates at rest. */
    void gatherFirst() {
        schedule.run(gatherOfRange, null);
    }

    /**
     * Step 4: every unit's new rate from {@code h}, the external input and adaptation.
     *
     * @param occupancy mean NMDA occupancy over the step
     * @return the mean of the new rates
     */
    double updateRates(double occupancy) {
        tickOffset = dynamics.offset(state.h, occupancy);
        schedule.run(ratesOfRange, null);
        return RateDynamics.mean(state.rate);
    }

    /**
     * Steps 5 and 6 and the gather of the next tick's input; the caller's thread first does
     * {@code callerFirst}, which must touch none of the synapses, rates or inputs of the units.
     *
     * @param plasticityLevel this tick's P
     * @param stress this tick's stress
     * @param densityRatio density relative to the healthy one, 0 while not yet known
     * @param step the absolute step, which keys the turnover draws
     * @param callerFirst work for the caller's thread, or null
     */
    void updateSynapses(double plasticityLevel, double stress, double densityRatio, int step,
            Runnable callerFirst) {
        synapseStep.beginTick(plasticityLevel, stress, dtHours, densityRatio, step);
        rule.beforeStep(plasticityLevel, stress, dtHours);
        tickPlasticity = plasticityLevel;
        tickStress = stress;
        schedule.run(synapsesOfRange, callerFirst);
    }

    private void gatherOfRange(int from, int to) {
        RateDynamics.gather(network, from, to, state.rateF, state.h);
        float[] w = NetworkAccess.synapses(network).weight;
        int k = network.slotsPerNeuron();
        for (int unit = from; unit < to; unit++) {
            double sum = 0;
            for (int s = unit * k; s < (unit + 1) * k; s++) {
                sum += w[s];
            }
            state.weightSums[unit] = sum;
        }
    }

    private void updateRatesOfRange(int from, int to) {
        dynamics.updateUnits(from, to, state.h, state.external, tickOffset, state.rate,
                state.adaptation, follow);
        for (int i = from; i < to; i++) {
            state.rateF[i] = (float) state.rate[i];
        }
    }

    /** Steps 5 and 6 for a range of units, then the gather of their input for the next tick. */
    private void updateSynapsesOfRange(int from, int to) {
        if (affineRule == null) {
            for (int unit = from; unit < to; unit++) {
                rule.update(network, unit, state.rate, tickPlasticity, tickStress, dtHours);
            }
        }
        synapseStep.apply(network, from, to, affineRule, state.rate, state.rateF, state.h,
                state.weightSums);
    }

    /** Releases the schedule's threads, if any; work runs on the caller's thread afterwards. */
    @Override
    public void close() {
        schedule.close();
    }
}
