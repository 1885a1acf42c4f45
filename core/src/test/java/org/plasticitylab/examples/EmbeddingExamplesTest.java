package org.plasticitylab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * The runnable examples of docs/embedding.md. Each test is one example; keep the two in step.
 * Scenarios are shortened so the examples run in seconds.
 */
class EmbeddingExamplesTest {
    @Test
    void example1_runAPreset() {
        Scenario preset = Presets.get("ketamine-single").withDays(45);
        Result result = Simulation.run(preset);
        Summary summary = result.summary();
        double[] plasticity = result.series().column(Column.PLASTICITY);

        assertThat(summary.peakPlasticity()).isGreaterThan(2);
        assertThat(plasticity).hasSize(result.series().rows());
    }

    @Test
    void example2_buildAScenarioInCode() {
        Scenario scenario = Scenario.builder("two-doses-with-therapy")
                .description("Stress from day 0, doses on days 20 and 22, therapy in between.")
                .days(30)
                .seed(7)
                .network(new NetworkSpec(200, 60))
                .stress(0, 30, 0.8)
                .treatment(NmdaBlock.standard(20.0, 22.0))
                .therapy(new TherapySchedule(20, 1, 3, 2))
                .build();
        Result result = Simulation.run(scenario);

        assertThat(result.series().last(Column.DAY)).isEqualTo(30.0);
    }

    @Test
    void example3_listenToSteps() {
        List<Double> dailyDensity = new ArrayList<>();
        Simulation sim = Simulation.builder(Presets.get("chronic-stress").withDays(10))
                .listener(view -> {
                    if (view.endsADay()) {
                        dailyDensity.add(view.latest(Column.SYNAPSE_DENSITY));
                    }
                })
                .build();
        sim.run();

        assertThat(dailyDensity).hasSize(10);
        assertThat(dailyDensity.get(9)).isLessThan(dailyDensity.get(0));
    }

    /** A rule in which only coincident activity above threshold strengthens a synapse. */
    static final class ThresholdHebbRule implements PlasticityRule {
        private final double rate;
        private final float maxWeight;

        ThresholdHebbRule(double ratePerHour, double maxWeight) {
            this.rate = ratePerHour;
            this.maxWeight = (float) maxWeight;
        }

        @Override
        public void update(Network network, int post, double[] activity, double plasticity,
                double stress, double dtHours) {
            if (activity[post] < 0.5) {
                return;
            }
            int k = network.slotsPerNeuron();
            for (int s = post * k; s < (post + 1) * k; s++) {
                if (network.present(s) && activity[network.pre(s)] > 0.5) {
                    float w = network.weight(s) + (float) (rate * plasticity * dtHours);
                    network.setWeight(s, Math.min(maxWeight, w));
                }
            }
        }
    }

    @Test
    void example4_plugInACustomPlasticityRule() {
        Scenario scenario = Presets.get("healthy").withDays(7);
        Result result = Simulation.builder(scenario)
                .rule(new ThresholdHebbRule(0.02, 0.3))
                .build()
                .run();

        assertThat(result.summary().positiveRecallEnd()).isGreaterThan(0.5);
    }

    @Test
    void example5_addAMetric() {
        List<Double> positivePatternWeight = new ArrayList<>();
        Scenario scenario = Presets.get("chronic-stress").withDays(14);
        Simulation.builder(scenario)
                .listener(view -> {
                    if (view.endsADay()) {
                        NetworkSnapshot net = view.snapshot();
                        positivePatternWeight.add(net.meanWeightWithin(net.positiveMembers()));
                    }
                })
                .build()
                .run();

        assertThat(positivePatternWeight.get(13)).isLessThan(positivePatternWeight.get(0));
    }

    @Test
    void example7_aCheckpointOfAnotherScenarioIsRefused(@TempDir Path dir) throws IOException {
        Scenario scenario = Presets.get("healthy").withDays(2);
        Path file = dir.resolve("healthy.ckpt");
        Simulation.create(scenario).saveCheckpoint(file);
        Scenario other = scenario.toBuilder().seed(99).build();
        String why;
        try {
            Simulation.builder(other).resumeFrom(file).build().run();
            why = "resumed";
        } catch (UncheckedIOException refused) {
            why = refused.getMessage();
        }

        assertThat(why).contains("was saved from a different scenario");
    }

    @Test
    void example8_driveALiveSession() {
        List<Double> moods = new ArrayList<>();
        try (LiveSession session = LiveSession.start(Presets.get("chronic-stress").withDays(10))) {
            session.addListener(view -> moods.add(view.latest(Column.MOOD_INDEX)));
            session.advance(5 * 96);
            session.doseNow();
            session.stressFromNow(0.3);
            session.speed(2);
            session.play();
            while (!session.finished()) {
                session.tick(0.05);
            }
            Result live = session.resultSoFar();
            Result again = Simulation.run(session.scenario());
            assertThat(live.series().column(Column.MOOD_INDEX))
                    .containsExactly(again.series().column(Column.MOOD_INDEX));
            assertThat(moods).hasSize(session.scenario().steps());
        }
    }

    @Test
    void example6_driveASweep() {
        Scenario base = Presets.get("ketamine-single").withDays(44);
        double[] doses = {0.25, 0.5, 1.0};
        double[] meanPeak = new double[doses.length];
        for (int d = 0; d < doses.length; d++) {
            double dose = doses[d];
            meanPeak[d] = IntStream.rangeClosed(1, 2).parallel()
                    .mapToObj(seed -> base.toBuilder().seed(seed).clearTreatments()
                            .treatment(new NmdaBlock(dose, 40, List.of(42.0))).build())
                    .map(Simulation::run)
                    .mapToDouble(r -> r.summary().peakPlasticity())
                    .average().orElseThrow();
        }

        assertThat(meanPeak[0]).isLessThan(meanPeak[1]);
        assertThat(meanPeak[1]).isLessThan(meanPeak[2]);
    }
}
