package org.plasticitylab.plasticity;

import org.plasticitylab.network.Network;

/**
 * A rule that is not affine runs in a pass of its own: the contract holds on that path too. This
 * one is the BCM rule wrapped so the engine cannot fuse it.
 */
class GeneralRuleContractTest extends PlasticityRuleContract {
    @Override
    protected PlasticityRule rule(HebbianParameters hebbian, double maxWeight) {
        PresynapticBcmRule bcm = new PresynapticBcmRule(hebbian, maxWeight);
        return (Network network, int post, double[] rate, double plasticity, double stress,
                double dtHours) -> bcm.update(network, post, rate, plasticity, stress, dtHours);
    }
}
