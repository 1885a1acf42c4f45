package org.plasticitylab.plasticity;

import org.plasticitylab.internal.Checks;

/**
 * The global plasticity level {@code P = (1 - stressPenalty * stress) * (1 + monoamineGain * m)
 * + boost}.
 *
 * @param boostGainPerHour growth of the boost per hour at full NMDA occupancy (0.85 /h)
 * @param tauBoostHours decay time constant of the boost (72 h)
 * @param stressPenalty fraction of plasticity lost at full stress (0.5)
 * @param monoamineGain relative rise of plasticity at full monoaminergic effect (0.6)
 * @param tauMonoamineHours build-up time constant of the monoaminergic effect (336 h = 2 weeks)
 */
public record PlasticityStateParameters(double boostGainPerHour, double tauBoostHours,
        double stressPenalty, double monoamineGain, double tauMonoamineHours) {
    /**
     * Validates every component; throws IllegalArgumentException naming a bad one.
     *
     * @param boostGainPerHour growth of the boost per hour at full NMDA occupancy (0.85 /h)
     * @param tauBoostHours decay time constant of the boost (72 h)
     * @param stressPenalty fraction of plasticity lost at full stress (0.5)
     * @param monoamineGain relative rise of plasticity at full monoaminergic effect (0.6)
     * @param tauMonoamineHours build-up time constant of the monoaminergic effect (336 h = 2 weeks)
     */
    public PlasticityStateParameters {
        Checks.nonNegative("boostGainPerHour", boostGainPerHour);
        Checks.positive("tauBoostHours", tauBoostHours);
        Checks.inRange("stressPenalty", stressPenalty, 0, 1);
        Checks.nonNegative("monoamineGain", monoamineGain);
        Checks.positive("tauMonoamineHours", tauMonoamineHours);
    }

    /**
     * The values of MODEL.md.
     *
     * @return the default plasticity-state parameters
     */
    public static PlasticityStateParameters defaults() {
        return new PlasticityStateParameters(0.85, 72, 0.5, 0.6, 14 * 24);
    }
}
