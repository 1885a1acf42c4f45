package org.plasticitylab.behaviour;

import java.io.DataOutput;
import java.io.IOException;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.network.Pattern;

/**
 * The engagement, rumination, coping and trapped block of one run (see
 * {@link BehaviourParameters}); advanced once per step after the activity update. All start
 * at 0.
 */
public final class BehaviourState implements Checkpointed {
    private final BehaviourParameters p;
    private final Pattern positive;
    private final Pattern negative;
    private final double follow;
    private final double copingKeep;
    private final double trapKeep;
    private final double dtHours;
    private double engagement;
    private double rumination;
    private double coping;
    private double trap;
    private double boost;

    /**
     * A state for a run with the given step.
     *
     * @param parameters time constants and gains
     * @param positive the positive pattern, whose recent activity is the engagement
     * @param negative the negative pattern, whose recent activity is the rumination
     * @param dtHours the step in hours
     */
    public BehaviourState(BehaviourParameters parameters, Pattern positive, Pattern negative,
            double dtHours) {
        this.p = parameters;
        this.positive = positive;
        this.negative = negative;
        this.dtHours = dtHours;
        this.follow = 1 - Math.exp(-dtHours / parameters.tauEngagementHours());
        this.copingKeep = Math.exp(-dtHours / parameters.tauCopingHours());
        this.trapKeep = Math.exp(-dtHours / parameters.tauTrapHours());
    }

    /**
     * Advances by one step.
     *
     * @param rate the rates after this step's activity update, 0..1
     * @param therapy 1 during a therapy session, else 0
     * @param plasticity this step's plasticity level P
     * @param occupancy this step's mean NMDA occupancy, 0..1
     * @param plasticityBoost this step's NMDA-block boost of plasticity
     */
    public void advance(double[] rate, double therapy, double plasticity, double occupancy,
            double plasticityBoost) {
        boost = plasticityBoost;
        double all = 0;
        for (double r : rate) {
            all += r;
        }
        engagement += (overlap(positive, rate, all) - engagement) * follow;
        rumination += (overlap(negative, rate, all) - rumination) * follow;
        double learned = Math.min(1, p.copingPerHour() * plasticity * therapy * dtHours);
        coping = coping * copingKeep + (1 - coping) * learned;
        double trapped = Math.min(1, p.trapPerHour() * occupancy * dtHours);
        trap = trap * trapKeep + (1 - trap) * trapped;
    }

    /** Mean rate of the pattern's members minus that of the other units, in [0, 1]. */
    private static double overlap(Pattern pattern, double[] rate, double all) {
        double inside = 0;
        for (int i = 0; i < pattern.size(); i++) {
            inside += rate[pattern.member(i)];
        }
        int size = pattern.size();
        double overlap = inside / size - (all - inside) / (rate.length - size);
        return Math.max(0, Math.min(1, overlap));
    }

    /**
     * The stress that stress-dependent processes see.
     *
     * @param stress the scenario's stress level, 0..1
     * @return {@code min(1, stressSensitivity * stress) * (1 - coping)}
     */
    public double effectiveStress(double stress) {
        return Math.min(1, p.stressSensitivity() * stress) * (1 - coping);
    }

    /**
     * Probability per step of a positive experience given the base probability.
     *
     * @param base the probability without engagement or window
     * @return the probability with engagement, raised inside the window, at most 1
     */
    public double positiveChance(double base) {
        return Math.min(1, (base + p.engagementPositiveGain() * engagement)
                * (1 + p.windowResponsiveness() * boost));
    }

    /**
     * Probability per step of a rumination cue given the base probability.
     *
     * @param base the probability without engagement
     * @return the probability, lowered by engagement
     */
    public double ruminationChance(double base) {
        return base * (1 - p.engagementRuminationRelief() * engagement);
    }

    /**
     * Input taken from every member of the negative pattern by the trapped block and by coping.
     *
     * @return {@code trapDamping * trap + copingDamping * coping}, 0 without treatment
     */
    public double negativeDamping() {
        return p.trapDamping() * trap + p.copingDamping() * coping;
    }

    /**
     * The engagement: recent activity of the positive pattern, 0..1.
     *
     * @return the engagement
     */
    public double engagement() {
        return engagement;
    }

    /**
     * The rumination: recent activity of the negative pattern, 0..1.
     *
     * @return the rumination
     */
    public double rumination() {
        return rumination;
    }

    /**
     * Coping learned in therapy, 0..1.
     *
     * @return the coping
     */
    public double coping() {
        return coping;
    }

    /**
     * The trapped NMDA block, 0..1.
     *
     * @return the trapped share
     */
    public double trap() {
        return trap;
    }

    @Override
    public void save(DataOutput out) throws IOException {
        out.writeDouble(engagement);
        out.writeDouble(rumination);
        out.writeDouble(coping);
        out.writeDouble(trap);
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        engagement = in.readDouble("engagement", 0, 1);
        rumination = in.readDouble("rumination", 0, 1);
        coping = in.readDouble("coping", 0, 1);
        trap = in.readDouble("trapped block", 0, 1);
    }
}
