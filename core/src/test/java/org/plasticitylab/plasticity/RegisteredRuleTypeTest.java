package org.plasticitylab.plasticity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Simulation;

/** A rule type a library registers is chosen by name like a built-in one. */
class RegisteredRuleTypeTest {
    /** A rule that never changes a weight. */
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

    @BeforeAll
    static void register() {
        PlasticityRules.register(new FrozenWeights());
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

    @Test
    void registeringAgainChangesNothingAndANameTakenByAnotherClassIsRefused() {
        PlasticityRules.register(new FrozenWeights());
        assertThat(PlasticityRules.names()).containsOnlyOnce("frozen");
        PlasticityRuleType impostor = new PlasticityRuleType() {
            @Override
            public String name() {
                return "oja";
            }

            @Override
            public PlasticityRule create(HebbianParameters hebbian, double maxWeight) {
                return new FrozenWeights().create(hebbian, maxWeight);
            }
        };
        assertThatThrownBy(() -> PlasticityRules.register(impostor))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two plasticity rule types are named \"oja\"");
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> new RuleParameters("hebb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type must be one of bcm, oja")
                .hasMessageContaining("was \"hebb\"");
    }
}
