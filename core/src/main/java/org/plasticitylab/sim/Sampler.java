package org.plasticitylab.sim;

import org.plasticitylab.behaviour.BehaviourState;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.MoodIndex;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.Region;
import org.plasticitylab.scenario.Timeline;

/**
 * Step 7 of a tick: one row of every {@link Column}, read off the engine's state, into the
 * recorder. The only place that knows what each column holds.
 */
final class Sampler {
    /** Region.values() copies its array on every call; a sample must not allocate. */
    private static final Region[] REGIONS = Region.values();

    private final Recorder recorder;
    private final Network network;
    private final UnitState units;
    private final Timeline timeline;
    private final BehaviourState behaviour;

    Sampler(Recorder recorder, Network network, UnitState units, Timeline timeline,
            BehaviourState behaviour) {
        this.recorder = recorder;
        this.network = network;
        this.units = units;
        this.timeline = timeline;
        this.behaviour = behaviour;
    }

    /**
     * Records a row at {@code t} hours: the drug, occupancy and plasticity given (they may be
     * those of a moment inside a step), the rest read now.
     */
    void record(double t, double drugMgPerL, double occupancy, double plasticityLevel,
            double meanActivity, double positiveRecall, double negativeRecall,
            double healthyDensity) {
        double[] row = recorder.row();
        row[Column.TIME_H.ordinal()] = t;
        row[Column.DAY.ordinal()] = t / 24;
        row[Column.STRESS.ordinal()] = timeline.stressAt(t);
        row[Column.THERAPY.ordinal()] = timeline.therapyAt(t);
        row[Column.DRUG_MG_PER_L.ordinal()] = drugMgPerL;
        row[Column.NMDA_OCCUPANCY.ordinal()] = occupancy;
        row[Column.PLASTICITY.ordinal()] = plasticityLevel;
        int present = network.presentCount(0, network.neurons());
        double densityNow = (double) present / network.slots();
        row[Column.SYNAPSE_COUNT.ordinal()] = present;
        row[Column.SYNAPSE_DENSITY.ordinal()] = densityNow;
        int size = network.regionSize();
        for (Region r : REGIONS) {
            row[Column.DENSITY_EXECUTIVE.ordinal() + r.ordinal()] =
                    density(r.ordinal() * size, (r.ordinal() + 1) * size);
        }
        row[Column.MEAN_WEIGHT.ordinal()] = present == 0 ? 0 : units.weightSum() / present;
        row[Column.ACTIVITY.ordinal()] = meanActivity;
        row[Column.POSITIVE_RECALL.ordinal()] = positiveRecall;
        row[Column.NEGATIVE_RECALL.ordinal()] = negativeRecall;
        row[Column.MOOD_INDEX.ordinal()] = MoodIndex.of(positiveRecall, negativeRecall,
                densityNow / healthyDensity, behaviour.engagement(), behaviour.rumination());
        row[Column.EFFECTIVE_STRESS.ordinal()] = behaviour.effectiveStress(timeline.stressAt(t));
        row[Column.COPING.ordinal()] = behaviour.coping();
        row[Column.ENGAGEMENT.ordinal()] = behaviour.engagement();
        row[Column.RUMINATION.ordinal()] = behaviour.rumination();
        row[Column.TRAPPED_BLOCK.ordinal()] = behaviour.trap();
        recorder.commit();
    }

    /** Present synapses per slot onto units {@code [fromUnit, toUnit)}. */
    double density(int fromUnit, int toUnit) {
        long present = network.presentCount(fromUnit, toUnit);
        return (double) present / ((long) (toUnit - fromUnit) * network.slotsPerNeuron());
    }
}
