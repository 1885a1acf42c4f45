package org.plasticitylab.dynamics;

import java.util.Arrays;
import org.plasticitylab.behaviour.BehaviourState;
import org.plasticitylab.network.Pattern;
import org.plasticitylab.random.RandomStream;

/**
 * External input per step: Gaussian noise on every unit; with probability {@code ruminationBase
 * + ruminationPerStress * stress} a rumination cue drives a random half of the negative pattern;
 * otherwise with probability {@code positiveBase * (1 - stress) + positiveTherapy * therapy} a
 * positive experience drives a random half of the positive pattern. During therapy the positive
 * pattern is also driven on a random share and the negative pattern damped. Both cue
 * probabilities are then shaped by the network's engagement, and a trapped NMDA block damps the
 * whole negative pattern ({@link BehaviourState}).
 */
public final class InputDrive {
    private final InputParameters p;
    private final double noiseSd;
    private final Pattern negative;
    private final Pattern positive;
    private final int[] negativeMembers;
    private final int[] positiveMembers;
    private final int[] scratch;

    /**
     * Creates the drive for one run.
     *
     * @param parameters probabilities and strengths of cues and therapy
     * @param noiseSd standard deviation of the Gaussian input noise on every unit
     * @param negative the negative pattern, cued by rumination and damped by therapy
     * @param positive the positive pattern, cued by positive experiences and therapy
     */
    public InputDrive(InputParameters parameters, double noiseSd, Pattern negative,
            Pattern positive) {
        this.p = parameters;
        this.noiseSd = noiseSd;
        this.negative = negative;
        this.positive = positive;
        this.negativeMembers = negative.members();
        this.positiveMembers = positive.members();
        this.scratch = new int[Math.max(negative.size(), positive.size())];
    }

    /**
     * Fills {@code input} for one step, overwriting what it held.
     *
     * @param input external input per unit, written in place
     * @param stress effective stress level in [0, 1] at this step
     * @param therapy 1 while a therapy session runs, else 0 (any value scales the therapy drive)
     * @param behaviour the engagement that shapes both cue probabilities
     * @param rng the random stream of the input
     */
    public void fill(double[] input, double stress, double therapy, BehaviourState behaviour,
            RandomStream rng) {
        if (noiseSd > 0) {
            for (int i = 0; i < input.length; i++) {
                input[i] = noiseSd * rng.nextGaussian();
            }
        } else {
            Arrays.fill(input, 0);
        }
        double rumination = p.ruminationBase() + p.ruminationPerStress() * stress;
        double positiveExperience = p.positiveBase() * (1 - stress) + p.positiveTherapy() * therapy;
        if (rng.nextBoolean(behaviour.ruminationChance(rumination))) {
            driveRandom(input, negativeMembers, 0.5, p.ruminationDrive(), rng);
        } else if (rng.nextBoolean(behaviour.positiveChance(positiveExperience))) {
            driveRandom(input, positiveMembers, 0.5, p.positiveDrive(), rng);
        }
        double damping = behaviour.negativeDamping();
        if (damping > 0) {
            for (int i = 0; i < negative.size(); i++) {
                input[negative.member(i)] -= damping;
            }
        }
        if (therapy > 0) {
            driveRandom(input, positiveMembers, p.therapyFraction(), therapy * p.therapyDrive(),
                    rng);
            for (int i = 0; i < negative.size(); i++) {
                input[negative.member(i)] -= therapy * p.therapyDamping();
            }
        }
    }

    /**
     * Adds {@code drive} to a random {@code fraction} of {@code members}. The draw starts from
     * the sorted members every time, so the only state is the random stream's position.
     */
    private void driveRandom(double[] input, int[] members, double fraction, double drive,
            RandomStream rng) {
        int count = (int) Math.round(fraction * members.length);
        int[] order = scratch;
        System.arraycopy(members, 0, order, 0, members.length);
        rng.partialShuffle(order, members.length, count);
        for (int t = 0; t < count; t++) {
            input[order[t]] += drive;
        }
    }
}
