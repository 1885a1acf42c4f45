package org.plasticitylab.plasticity;

class OjaRuleContractTest extends PlasticityRuleContract {
    @Override
    protected PlasticityRule rule(HebbianParameters hebbian, double maxWeight) {
        return new OjaRule(hebbian, maxWeight);
    }
}
