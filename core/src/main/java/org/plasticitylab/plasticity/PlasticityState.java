package org.plasticitylab.plasticity;

import java.io.DataOutput;
import java.io.IOException;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;

/**
 * The global plasticity level P(t): {@code P = (1 - stressPenalty * stress) * (1 + monoamineGain
 * * m) + boost}. The NMDA-block boost follows {@code boost' = gain * occupancy - boost / tau} (the
 * genotype's gain, {@link PlasticityStateParameters#effectiveBoostGainPerHour()}) and
 * the monoaminergic effect {@code m' = (on - m) / tauM}; both are advanced with their exact
 * exponential solution for an input held constant over the step, so that a coarser step does not
 * change the size of the boost. Healthy baseline P = 1.
 */
public final class PlasticityState implements Checkpointed {
    private final PlasticityStateParameters p;
    private double boost;
    private double monoamine;
    private double level = 1;

    /**
     * A state at the healthy baseline: P = 1, no boost, no monoaminergic effect.
     *
     * @param parameters boost gain and time constant, stress penalty, monoaminergic gain and time
     *     constant
     */
    public PlasticityState(PlasticityStateParameters parameters) {
        this.p = parameters;
    }

    /**
     * Advances by {@code dtHours} with the step's mean NMDA occupancy, the stress level and
     * whether a monoaminergic treatment is taken (0 or 1), then returns the new P.
     *
     * @param dtHours time step in hours
     * @param meanOccupancy mean NMDA-receptor occupancy over the step, 0..1
     * @param stress stress level, 0..1
     * @param monoamineOn 1 while a monoaminergic treatment is taken, else 0
     * @return the new plasticity level P
     */
    public double advance(double dtHours, double meanOccupancy, double stress, double monoamineOn) {
        double decay = Math.exp(-dtHours / p.tauBoostHours());
        double drive = p.effectiveBoostGainPerHour() * meanOccupancy * p.tauBoostHours();
        boost = drive + (boost - drive) * decay;
        double approach = Math.exp(-dtHours / p.tauMonoamineHours());
        monoamine = monoamineOn + (monoamine - monoamineOn) * approach;
        level = (1 - p.stressPenalty() * stress) * (1 + p.monoamineGain() * monoamine) + boost;
        return level;
    }

    /**
     * Current plasticity level P.
     *
     * @return P, 1 in a healthy network
     */
    public double level() {
        return level;
    }

    /**
     * Current NMDA-block boost.
     *
     * @return the boost added to P, 0 without drug
     */
    public double boost() {
        return boost;
    }

    /**
     * Current monoaminergic effect in [0, 1].
     *
     * @return the effect {@code m}
     */
    public double monoamine() {
        return monoamine;
    }

    /**
     * Restores a state, e.g. from a checkpoint.
     *
     * @param boost the NMDA-block boost
     * @param monoamine the monoaminergic effect, 0..1
     * @param level the plasticity level P
     */
    public void setState(double boost, double monoamine, double level) {
        this.boost = boost;
        this.monoamine = monoamine;
        this.level = level;
    }

    @Override
    public void save(DataOutput out) throws IOException {
        out.writeDouble(boost);
        out.writeDouble(monoamine);
        out.writeDouble(level);
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        setState(in.readFinite("plasticity boost"), in.readFinite("monoamine effect"),
                in.readFinite("plasticity level"));
    }
}
