package org.plasticitylab.dynamics;

import org.plasticitylab.internal.NetworkAccess;
import org.plasticitylab.internal.SynapseStore;
import org.plasticitylab.network.Network;

/**
 * The activity update of rate units with feedback inhibition:
 * {@code r_i = sigmoid(slope * (h_i + I_i - (1 - disinhibition * occupancy) * (inhibition *
 * mean(h) + tonicInhibition) - threshold))}, where {@code h_i} sums weight times presynaptic rate over unit i's
 * present synapses. An NMDA block weakens the inhibition (ketamine blocks NMDA receptors on
 * inhibitory interneurons first), which shows as a glutamate-like surge of activity.
 *
 * <p>In a run, each unit also adapts: {@code a} follows r with time constant
 * {@code tauAdaptationHours} and {@code adaptationGain * a} is subtracted from the drive, so a
 * recalled pattern lasts a step or two and then fades (without it a pattern, once recalled, keeps
 * itself on for good). The recall probe runs without adaptation.
 */
public final class RateDynamics {
    /** Lanes that {@link LaneWork#gather} sums in one pass; lane counts are multiples of it. */
    public static final int LANE_BLOCK = 8;

    private final double slope;
    private final double threshold;
    private final double inhibition;
    private final double tonicInhibition;
    private final double disinhibition;
    private final double adaptationGain;
    private final double tauAdaptationHours;

    /**
     * Creates the update with the given parameters.
     *
     * @param parameters slope, threshold, inhibition, disinhibition and adaptation
     */
    public RateDynamics(ActivityParameters parameters) {
        this.slope = parameters.slope();
        this.threshold = parameters.threshold();
        this.inhibition = parameters.inhibition();
        this.tonicInhibition = parameters.tonicInhibition();
        this.disinhibition = parameters.disinhibition();
        this.adaptationGain = parameters.adaptationGain();
        this.tauAdaptationHours = parameters.tauAdaptationHours();
    }

    /**
     * Computes {@code h} of units {@code [fromUnit, toUnit)}: the sum of weight times presynaptic
     * rate over each unit's present synapses. The products of even and odd slots (counted from
     * the unit's first) go to two running sums, so the additions overlap instead of each
     * waiting for the last, as in a pairwise sweep over all slots (empty ones add exact zeros).
     *
     * @param network the network whose synapses are read
     * @param fromUnit first unit (inclusive)
     * @param toUnit last unit (exclusive)
     * @param rate firing rate of every unit, 0..1
     * @param h synaptic input per unit, written for the given units only
     */
    public static void gather(Network network, int fromUnit, int toUnit, float[] rate,
            double[] h) {
        int k = network.slotsPerNeuron();
        SynapseStore store = NetworkAccess.synapses(network);
        int[] pre = store.pre;
        float[] w = store.weight;
        int[] slots = store.presentSlots;
        for (int unit = fromUnit; unit < toUnit; unit++) {
            float even = 0;
            float odd = 0;
            int first = unit * k;
            for (int j = first, end = first + network.presentCount(unit); j < end; j++) {
                int s = slots[j];
                float x = w[s] * rate[pre[s]];
                if (((s - first) & 1) == 0) {
                    even += x;
                } else {
                    odd += x;
                }
            }
            h[unit] = even + odd;
        }
    }

    /**
     * Computes {@code h} of every unit from {@code rate}.
     *
     * @param network the network whose synapses are read
     * @param rate firing rate of every unit, 0..1
     * @param h synaptic input per unit, written in place
     */
    public static void gatherAll(Network network, float[] rate, double[] h) {
        gather(network, 0, network.neurons(), rate, h);
    }

    /**
     * Writes new rates from the synaptic input {@code h}, the external input and the NMDA
     * occupancy, without adaptation (as in the recall probe), and returns their mean.
     *
     * @param h synaptic input per unit
     * @param external external input per unit
     * @param occupancy mean NMDA-receptor occupancy, 0..1, which weakens the inhibition
     * @param rate new firing rate per unit, 0..1, written in place
     * @return the mean of the new rates
     */
    public double update(double[] h, double[] external, double occupancy, double[] rate) {
        return update(h, external, occupancy, rate, null, 0);
    }

    /**
     * As {@link #update(double[], double[], double, double[])}, with each unit's adaptation
     * subtracted from its drive and then advanced by {@code dtHours} towards its new rate.
     *
     * @param h synaptic input per unit
     * @param external external input per unit
     * @param occupancy mean NMDA-receptor occupancy, 0..1, which weakens the inhibition
     * @param rate new firing rate per unit, 0..1, written in place
     * @param adaptation adaptation per unit, updated in place; null for none
     * @param dtHours time step in hours over which adaptation follows the rate
     * @return the mean of the new rates
     */
    public double update(double[] h, double[] external, double occupancy, double[] rate,
            double[] adaptation, double dtHours) {
        double offset = offset(h, occupancy);
        updateUnits(0, h.length, h, external, offset, rate, adaptation, follow(dtHours));
        return mean(rate);
    }

    /**
     * The part of every unit's drive that is the same for all: the threshold plus the feedback
     * inhibition by the mean of {@code h}, weakened by the NMDA occupancy. With it, units may
     * be updated in any grouping by {@link #updateUnits}.
     *
     * @param h synaptic input per unit
     * @param occupancy mean NMDA-receptor occupancy, 0..1
     * @return the offset subtracted from each unit's drive
     */
    public double offset(double[] h, double occupancy) {
        return offset(mean(h), occupancy);
    }

    /**
     * The share of the gap to the current rate that adaptation closes in one step.
     *
     * @param dtHours the step in hours
     * @return {@code 1 - exp(-dtHours / tauAdaptationHours)}
     */
    public double follow(double dtHours) {
        return 1 - Math.exp(-dtHours / tauAdaptationHours);
    }

    /**
     * The update of units {@code [fromUnit, toUnit)} given the shared {@link #offset} and the
     * adaptation {@link #follow}; each unit's result depends on nothing else, so disjoint
     * ranges may run on different threads.
     *
     * @param fromUnit first unit (inclusive)
     * @param toUnit last unit (exclusive)
     * @param h synaptic input per unit
     * @param external external input per unit
     * @param offset the shared offset
     * @param rate new firing rate per unit, written for the range
     * @param adaptation adaptation per unit, updated for the range; null for none
     * @param follow the adaptation's share per step
     */
    public void updateUnits(int fromUnit, int toUnit, double[] h, double[] external,
            double offset, double[] rate, double[] adaptation, double follow) {
        for (int i = fromUnit; i < toUnit; i++) {
            double drive = h[i] + external[i] - offset;
            if (adaptation != null) {
                drive -= adaptationGain * adaptation[i];
            }
            double r = sigmoid(drive);
            if (adaptation != null) {
                adaptation[i] += (r - adaptation[i]) * follow;
            }
            rate[i] = r;
        }
    }

    /**
     * The mean of the values, summed in index order (so that it never depends on threads).
     *
     * @param values the values
     * @return their mean
     */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /**
     * As {@link #update(double[], double[], double, double[])} with no drug, for several
     * independent activity states laid out as in {@link LaneWork#gather}; each lane has its own
     * mean input and gets the same rates it would get on its own.
     *
     * @param h synaptic input per unit and lane
     * @param external external input per unit and lane
     * @param lanes number of lanes
     * @param rate new rate per unit and lane, written in place
     * @param rateF the same rates as floats, written in place
     * @param work scratch arrays with room for {@code lanes} lanes, made once by the caller
     */
    public void updateLanes(double[] h, double[] external, int lanes, double[] rate,
            float[] rateF, LaneWork work) {
        int n = h.length / lanes;
        double[] offsets = work.clearedOffsets();
        for (int i = 0; i < n; i++) {
            for (int lane = 0; lane < lanes; lane++) {
                offsets[lane] += h[i * lanes + lane];
            }
        }
        for (int lane = 0; lane < lanes; lane++) {
            offsets[lane] = offset(offsets[lane] / n, 0);
        }
        for (int i = 0; i < n; i++) {
            for (int lane = 0; lane < lanes; lane++) {
                int at = i * lanes + lane;
                double r = sigmoid(h[at] + external[at] - offsets[lane]);
                rate[at] = r;
                rateF[at] = (float) r;
            }
        }
    }

    /** Threshold plus the feedback inhibition by the mean input, weakened by NMDA occupancy. */
    private double offset(double meanH, double occupancy) {
        return (1 - disinhibition * occupancy) * (inhibition * meanH + tonicInhibition) + threshold;
    }

    private double sigmoid(double drive) {
        return 1 / (1 + Math.exp(-slope * drive));
    }
}
