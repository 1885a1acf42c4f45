package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;

/** A rule type a library registers with ServiceLoader is chosen by name like a built-in one. */
class ServiceLoadedRuleTypeTest {
    /** Registered in this module's test resources: a rule that never changes a weight. */
    public static final class FrozenWeights implements PlasticityRuleType {
        @Override
        public String name() {
            return "frozen";
        }

        @Override
        public PlasticityRule create(HebbianParameters hebbian, double maxWeight) {
            return (Network network, int post, double[] rate, double plasticity, double stress,
                    double dtHours) -> { };
        }
    }

    @Test
    void aRegisteredTypeIsKnownAndRuns() {
        assertThat(PlasticityRules.names()).startsWith("bcm", "oja").contains("frozen");
        ModelParameters m = ModelParameters.defaults();
        ModelParameters frozen = m.withRule(new RuleParameters("frozen"));
        Scenario s = Scenario.builder("frozen").days(2).burnInDays(0).seed(3)
                .network(new NetworkSpec(120, 30)).model(frozen).build();
        double[] weight = Simulation.run(s).series().column(Column.MEAN_WEIGHT);
        double[] withBcm = Simulation.run(s.toBuilder().model(m).build()).series()
                .column(Column.MEAN_WEIGHT);
        assertThat(weight).isNotEqualTo(withBcm);
    }
}
