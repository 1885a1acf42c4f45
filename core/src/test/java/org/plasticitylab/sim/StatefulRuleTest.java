package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.network.SynapseParameters;
import org.plasticitylab.plasticity.HebbianParameters;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.plasticity.PresynapticBcmRule;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;

/** A rule gets each step's context first, and a rule with state keeps it across a checkpoint. */
class StatefulRuleTest {
    @TempDir
    Path dir;

    /** Learns with the BCM rule scaled by the mean P seen so far: state that must survive. */
    static final class MeanPlasticityRule implements PlasticityRule, Checkpointed {
        private final PresynapticBcmRule bcm = new PresynapticBcmRule(
                HebbianParameters.defaults(), SynapseParameters.defaults().maxWeight());
        private double sumOfP;
        private long steps;
        private double lastDt;

        @Override
        public void beforeStep(double plasticity, double stress, double dtHours) {
            sumOfP += plasticity;
            steps++;
            lastDt = dtHours;
        }

        @Override
        public void update(Network network, int post, double[] rate, double plasticity,
                double stress, double dtHours) {
            bcm.update(network, post, rate, sumOfP / steps, stress, dtHours);
        }

        @Override
        public void save(DataOutput out) throws IOException {
            out.writeDouble(sumOfP);
            out.writeLong(steps);
        }

        @Override
        public void restore(BoundedInput in) throws IOException {
            sumOfP = in.readFinite("sum of P");
            steps = in.readLong("steps");
        }
    }

    private static Scenario scenario() {
        return Scenario.builder("stateful").days(4).burnInDays(1).seed(9)
                .network(new NetworkSpec(120, 30)).stress(0, 4, 0.8)
                .treatment(NmdaBlock.standard(1.0)).build();
    }

    @Test
    void theRuleSeesEveryStepOnceWithItsStep() {
        MeanPlasticityRule rule = new MeanPlasticityRule();
        Scenario s = scenario();
        Simulation.builder(s).rule(rule).build().run();
        assertThat(rule.steps).isEqualTo(s.burnInSteps() + s.steps());
        assertThat(rule.lastDt).isEqualTo(s.dtHours());
    }

    @Test
    void aStatefulRuleResumesBitForBit() throws IOException {
        Scenario s = scenario();
        Result whole = Simulation.builder(s).rule(new MeanPlasticityRule()).build().run();
        Simulation first = Simulation.builder(s).rule(new MeanPlasticityRule()).build();
        for (int i = 0; i < 150; i++) {
            first.step();
        }
        Path file = dir.resolve("stateful.ckpt");
        first.saveCheckpoint(file);
        Result resumed = Simulation.builder(s).rule(new MeanPlasticityRule()).resumeFrom(file)
                .build().run();
        SameBits.assertSameBits(whole.series(), resumed.series());
    }
}
