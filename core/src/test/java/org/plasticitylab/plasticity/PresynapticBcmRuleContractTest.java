package org.plasticitylab.plasticity;

class PresynapticBcmRuleContractTest extends PlasticityRuleContract {
    @Override
    protected PlasticityRule rule(HebbianParameters hebbian, double maxWeight) {
        return new PresynapticBcmRule(hebbian, maxWeight);
    }
}
