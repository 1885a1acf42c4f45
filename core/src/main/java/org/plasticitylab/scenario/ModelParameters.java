package org.plasticitylab.scenario;

import org.plasticitylab.behaviour.BehaviourParameters;
import org.plasticitylab.dynamics.ActivityParameters;
import org.plasticitylab.dynamics.InputParameters;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.metrics.ProbeParameters;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.pharmacology.PkParameters;
import org.plasticitylab.plasticity.HebbianParameters;
import org.plasticitylab.plasticity.PlasticityStateParameters;
import org.plasticitylab.plasticity.RuleParameters;
import org.plasticitylab.plasticity.TurnoverParameters;

/**
 * Every number of the model, grouped by mechanism; {@link #defaults()} is MODEL.md as tuned.
 *
 * @param synapses weights, pattern strength and initial density
 * @param activity the rate equation and adaptation
 * @param input rumination cues, positive experiences and therapy drive
 * @param plasticity the plasticity level P: NMDA-block boost, stress penalty, monoamines
 * @param hebbian the Hebbian weight rule
 * @param turnover pruning and formation of synapses
 * @param pharmacokinetics the two-compartment model of the NMDA blocker
 * @param probe the recall probe
 * @param behaviour behavioural activation and coping learned in therapy
 * @param rule which plasticity rule uses the {@code hebbian} numbers
 */
public record ModelParameters(SynapseParameters synapses, ActivityParameters activity,
        InputParameters input, PlasticityStateParameters plasticity, HebbianParameters hebbian,
        TurnoverParameters turnover, PkParameters pharmacokinetics, ProbeParameters probe,
        BehaviourParameters behaviour, RuleParameters rule) {
    /**
     * Requires every parameter group; throws IllegalArgumentException naming a missing one.
     *
     * @param synapses weights, pattern strength and initial density
     * @param activity the rate equation and adaptation
     * @param input rumination cues, positive experiences and therapy drive
     * @param plasticity the plasticity level P: NMDA-block boost, stress penalty, monoamines
     * @param hebbian the Hebbian weight rule
     * @param turnover pruning and formation of synapses
     * @param pharmacokinetics the two-compartment model of the NMDA blocker
     * @param probe the recall probe
     * @param behaviour behavioural activation and coping learned in therapy
     * @param rule which plasticity rule uses the {@code hebbian} numbers
     */
    public ModelParameters {
        Checks.notNull("synapses", synapses);
        Checks.notNull("activity", activity);
        Checks.notNull("input", input);
        Checks.notNull("plasticity", plasticity);
        Checks.notNull("hebbian", hebbian);
        Checks.notNull("turnover", turnover);
        Checks.notNull("pharmacokinetics", pharmacokinetics);
        Checks.notNull("probe", probe);
        Checks.notNull("behaviour", behaviour);
        Checks.notNull("rule", rule);
    }

    /**
     * The documented defaults: MODEL.md as tuned, with ketamine-like pharmacokinetics.
     *
     * @return the default model parameters
     */
    public static ModelParameters defaults() {
        return new ModelParameters(SynapseParameters.defaults(), ActivityParameters.defaults(),
                InputParameters.defaults(), PlasticityStateParameters.defaults(),
                HebbianParameters.defaults(), TurnoverParameters.defaults(), PkParameters.ketamine(),
                ProbeParameters.defaults(), BehaviourParameters.defaults(),
                RuleParameters.defaults());
    }

    /**
     * These parameters with another plasticity rule.
     *
     * @param value the rule, not null
     * @return a copy with {@code rule} replaced
     */
    public ModelParameters withRule(RuleParameters value) {
        return new ModelParameters(synapses, activity, input, plasticity, hebbian, turnover,
                pharmacokinetics, probe, behaviour, value);
    }
}
