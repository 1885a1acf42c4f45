package org.plasticitylab.dynamics;

import org.plasticitylab.internal.Checks;

/**
 * External drive: rumination cues, positive experiences and therapy.
 *
 * @param ruminationBase probability per step of a rumination cue without stress (0.05)
 * @param ruminationPerStress added to that probability per unit of stress (0.4)
 * @param positiveBase probability per step of a positive experience without stress (0.15)
 * @param positiveTherapy added to that probability during therapy (0.6)
 * @param ruminationDrive input to the cued half of the negative pattern (0.8)
 * @param positiveDrive input to the cued half of the positive pattern (tuned, see docs/model.md)
 * @param therapyDrive input to the driven part of the positive pattern during therapy (1.5)
 * @param therapyFraction share of the positive pattern driven during therapy (0.7)
 * @param therapyDamping input subtracted from the whole negative pattern during therapy (0.5)
 */
public record InputParameters(double ruminationBase, double ruminationPerStress,
        double positiveBase, double positiveTherapy, double ruminationDrive, double positiveDrive,
        double therapyDrive, double therapyFraction, double therapyDamping) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param ruminationBase probability per step of a rumination cue without stress (0.05)
     * @param ruminationPerStress added to that probability per unit of stress (0.4)
     * @param positiveBase probability per step of a positive experience without stress (0.15)
     * @param positiveTherapy added to that probability during therapy (0.6)
     * @param ruminationDrive input to the cued half of the negative pattern (0.8)
     * @param positiveDrive input to the cued half of the positive pattern (tuned, see docs/model.md)
     * @param therapyDrive input to the driven part of the positive pattern during therapy (1.5)
     * @param therapyFraction share of the positive pattern driven during therapy (0.7)
     * @param therapyDamping input subtracted from the whole negative pattern during therapy (0.5)
     */
    public InputParameters {
        Checks.inRange("ruminationBase", ruminationBase, 0, 1);
        Checks.inRange("ruminationPerStress", ruminationPerStress, 0, 1);
        Checks.inRange("positiveBase", positiveBase, 0, 1);
        Checks.inRange("positiveTherapy", positiveTherapy, 0, 1);
        Checks.nonNegative("ruminationDrive", ruminationDrive);
        Checks.nonNegative("positiveDrive", positiveDrive);
        Checks.nonNegative("therapyDrive", therapyDrive);
        Checks.inRange("therapyFraction", therapyFraction, 0, 1);
        Checks.nonNegative("therapyDamping", therapyDamping);
    }

    /**
     * The values of MODEL.md, with the positive cue as tuned in docs/model.md.
     *
     * @return the default input parameters
     */
    public static InputParameters defaults() {
        return new InputParameters(0.05, 0.4, 0.15, 0.6, 0.8, 0.8, 1.5, 0.7, 0.5);
    }
}
