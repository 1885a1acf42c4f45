package org.plasticitylab.scenario.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plasticitylab.scenario.io.ProblemAssert.at;
import static org.plasticitylab.scenario.io.ProblemAssert.problems;

import org.junit.jupiter.api.Test;
import org.plasticitylab.plasticity.OjaRule;
import org.plasticitylab.plasticity.PlasticityRules;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.SameBits;
import org.plasticitylab.sim.Simulation;

/** A scenario file chooses the plasticity rule, and the written file keeps the choice. */
class RuleFromFileTest {
    private static final String OJA = """
            name: oja
            days: 3
            burn_in_days: 1
            network: {neurons: 120, candidate_synapses_per_neuron: 30}
            model:
              rule: {type: oja}
            """;

    @Test
    void theFileChoosesTheRuleAndTheWrittenFileKeepsIt() {
        Scenario s = ScenarioFiles.parse(OJA, ScenarioFormat.YAML, "oja.yaml");
        assertThat(s.model().rule().type()).isEqualTo("oja");
        String written = ScenarioFiles.write(s, ScenarioFormat.YAML, ModelDetail.CHANGES);
        assertThat(written).contains("rule:").contains("type: oja");
        assertThat(ScenarioFiles.parse(written, ScenarioFormat.YAML, "back.yaml")).isEqualTo(s);
    }

    @Test
    void theChosenRuleIsTheOneThatRuns() {
        Scenario fromFile = ScenarioFiles.parse(OJA, ScenarioFormat.YAML, "oja.yaml");
        Scenario bcm = ScenarioFiles.parse(OJA.replace("oja}", "bcm}"), ScenarioFormat.YAML,
                "bcm.yaml");
        Result chosen = Simulation.run(fromFile);
        Result inJava = Simulation.builder(bcm).rule(new OjaRule(
                bcm.model().hebbian(), bcm.model().synapses().maxWeight())).build().run();
        SameBits.assertSameBits(chosen.series(), inJava.series());
    }

    @Test
    void theDefaultRuleIsLeftOutOfAWrittenFile() {
        Scenario s = ScenarioFiles.parse(OJA.replace("oja}", "bcm}"), ScenarioFormat.YAML,
                "bcm.yaml");
        assertThat(s.model().rule().type()).isEqualTo(PlasticityRules.DEFAULT);
        assertThat(ScenarioFiles.write(s, ScenarioFormat.YAML, ModelDetail.CHANGES))
                .doesNotContain("rule:");
    }

    @Test
    void anUnknownRuleIsAnErrorThatNamesTheKnownOnes() {
        Problem p = at(problems("name: x\nmodel:\n  rule: {type: hebb}\n"), "model.rule.type");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("bcm, oja").contains("hebb");
    }
}
