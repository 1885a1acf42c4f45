package org.plasticitylab.behaviour;

import org.plasticitylab.internal.Checks;

/**
 * How the network's own state feeds back on what it experiences (toy mechanisms, see
 * docs/model.md, "Lasting recovery").
 *
 * <p><b>Stress sensitivity</b>: the scenario's stress is felt as {@code min(1, stressSensitivity *
 * stress)}; 1 for the typical patient, drawn per patient in a cohort.
 *
 * <p><b>Behavioural activation</b>: {@code engagement} follows the positive pattern's activity
 * (mean rate of its members minus that of the other units) with time constant
 * {@code tauEngagementHours}; a network that is in its positive state more often meets
 * positive experiences more often ({@code + engagementPositiveGain * engagement} on their
 * probability per step) and ruminates less (rumination probability times
 * {@code 1 - engagementRuminationRelief * engagement}).
 *
 * <p><b>Responsive to positive experience in the window</b>: the NMDA-block boost of plasticity
 * also multiplies the probability of a positive experience by {@code 1 + windowResponsiveness *
 * boost}: inside the window the network notices and takes in more of what is good.
 *
 * <p><b>Coping learned in therapy</b>: during a session coping {@code c} grows by
 * {@code copingPerHour * P * (1 - c)} per hour, so it is learned faster when plasticity is high
 * (inside the window), and it is forgotten with time constant {@code tauCopingHours}. It lowers
 * the effective stress to {@code felt stress * (1 - c)}, which is what every stress-dependent
 * process sees, and it damps the negative pattern by {@code copingDamping * c} (in the run and
 * in the recall probe): the skill of stepping out of a negative train of thought.
 *
 * <p><b>Trapped block</b> (the acute effect): while the drug occupies NMDA receptors some of it
 * is trapped in the channels of bursting neurons that drive the negative bias (the lateral
 * habenula) and stays there after the drug has left the blood: {@code trap' = trapPerHour *
 * occupancy * (1 - trap) - trap / tauTrapHours}. It silences that drive: the negative pattern
 * gets {@code -trapDamping * trap} of input, in the run and in the recall probe, so that cues
 * ignite it less readily.
 *
 * @param stressSensitivity factor on the scenario's stress, 1 for the typical patient
 * @param tauEngagementHours time constant of the engagement, hours
 * @param engagementPositiveGain added probability of a positive experience per step at full
 *     engagement
 * @param engagementRuminationRelief fraction of rumination removed at full engagement, 0..1
 * @param windowResponsiveness rise of the positive-experience probability per unit of
 *     NMDA-block boost
 * @param copingPerHour coping learned per hour of therapy at P = 1
 * @param tauCopingHours time constant with which coping is forgotten, hours
 * @param copingDamping input taken from every member of the negative pattern at full coping
 * @param trapPerHour rate at which the block is trapped per hour at full occupancy
 * @param tauTrapHours time constant with which the trapped block is released, hours
 * @param trapDamping input taken from every member of the negative pattern by a full trapped block
 */
public record BehaviourParameters(double stressSensitivity, double tauEngagementHours, double engagementPositiveGain,
        double engagementRuminationRelief, double windowResponsiveness, double copingPerHour, double tauCopingHours,
        double copingDamping, double trapPerHour, double tauTrapHours, double trapDamping) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param stressSensitivity factor on the scenario's stress, 1 for the typical patient
     * @param tauEngagementHours time constant of the engagement, hours
     * @param engagementPositiveGain added probability of a positive experience per step at
     *     full engagement
     * @param engagementRuminationRelief fraction of rumination removed at full engagement, 0..1
     * @param windowResponsiveness rise of the positive-experience probability per unit of
     *     NMDA-block boost
     * @param copingPerHour coping learned per hour of therapy at P = 1
     * @param tauCopingHours time constant with which coping is forgotten, hours
     * @param copingDamping input taken from every member of the negative pattern at full coping
     * @param trapPerHour rate at which the block is trapped per hour at full occupancy
     * @param tauTrapHours time constant with which the trapped block is released, hours
     * @param trapDamping input taken from every member of the negative pattern by a full trapped block
     */
    public BehaviourParameters {
        Checks.nonNegative("stressSensitivity", stressSensitivity);
        Checks.positive("tauEngagementHours", tauEngagementHours);
        Checks.inRange("engagementPositiveGain", engagementPositiveGain, 0, 1);
        Checks.inRange("engagementRuminationRelief", engagementRuminationRelief, 0, 1);
        Checks.nonNegative("windowResponsiveness", windowResponsiveness);
        Checks.nonNegative("copingPerHour", copingPerHour);
        Checks.positive("tauCopingHours", tauCopingHours);
        Checks.nonNegative("copingDamping", copingDamping);
        Checks.nonNegative("trapPerHour", trapPerHour);
        Checks.positive("tauTrapHours", tauTrapHours);
        Checks.nonNegative("trapDamping", trapDamping);
    }

    /**
     * The tuned defaults (docs/model.md).
     *
     * @return the default behaviour parameters
     */
    public static BehaviourParameters defaults() {
        return new BehaviourParameters(1, 24, 0.05, 0.3, 3, 0.02, 45 * 24, 0.6, 2, 36, 1);
    }
}
