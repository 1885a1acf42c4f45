package org.plasticitylab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plasticitylab.sim.SameBits.assertSameBits;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.EsketamineNasal;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.scenario.TreatmentEvent;
import org.plasticitylab.scenario.io.ModelDetail;
import org.plasticitylab.scenario.io.ScenarioFiles;
import org.plasticitylab.scenario.io.ScenarioFormat;

class LiveSessionTest {
    private static final int STEPS_PER_DAY = 96;

    /** A small, short stressed scenario: a few seconds of test at most. */
    private static Scenario small() {
        return Scenario.builder("live").days(8).burnInDays(1).network(new NetworkSpec(80, 30))
                .stress(0, 8, 0.8).build();
    }

    @Test
    void changesMadeMidRunAreInTheScenarioAndItsRunGivesTheSameBits() {
        try (LiveSession session = LiveSession.start(small())) {
            session.advance(2 * STEPS_PER_DAY + 7);
            session.doseNow();
            session.advance(STEPS_PER_DAY);
            session.stressFromNow(0.3);
            session.therapyNow();
            session.advance(Integer.MAX_VALUE);
            assertThat(session.finished()).isTrue();
            assertThat(session.changes()).extracting(SessionChange::description)
                    .containsExactly("dose", "stress 0.3 from now", "therapy session");
            Scenario saved = ScenarioFiles.parse(ScenarioFiles.write(session.scenario(),
                    ScenarioFormat.YAML, ModelDetail.ALL), ScenarioFormat.YAML, "saved");
            assertSameBits(session.resultSoFar().series(), Simulation.run(saved).series());
        }
    }

    @Test
    void aDoseNowIsOneMoreOfTheScenariosOwnDrug() {
        Scenario sprays = small().toBuilder().treatment(new EsketamineNasal(56, 70, 0.48, 20,
                1.8, List.of(1.0))).build();
        try (LiveSession session = LiveSession.start(sprays)) {
            session.advance(2 * STEPS_PER_DAY);
            session.doseNow();
            assertThat(session.scenario().treatments()).hasSize(2).allSatisfy(t -> assertThat(t)
                    .isInstanceOfSatisfying(EsketamineNasal.class, e -> assertThat(e.doseMg())
                            .isEqualTo(56)));
            assertThat(session.scenario().treatments().get(1).events())
                    .extracting(TreatmentEvent::day).containsExactly(2.0);
        }
        try (LiveSession session = LiveSession.start(small())) {
            session.advance(2 * STEPS_PER_DAY);
            session.doseNow();
            assertThat(session.scenario().treatments()).containsExactly(NmdaBlock.standard(2.0));
        }
    }

    @Test
    void aChangeLeavesThePastAsItWas() {
        Result untouched = Simulation.run(small());
        try (LiveSession session = LiveSession.start(small())) {
            session.advance(3 * STEPS_PER_DAY);
            session.stressFromNow(0);
            session.advance(Integer.MAX_VALUE);
            TimeSeries changed = session.resultSoFar().series();
            int now = changed.rowAtOrAfter(3 * 24);
            for (int row = 0; row <= now; row++) {
                assertThat(changed.value(Column.MOOD_INDEX, row))
                        .isEqualTo(untouched.series().value(Column.MOOD_INDEX, row));
            }
            assertThat(changed.valueAt(Column.STRESS, 7 * 24)).isZero();
            assertThat(untouched.series().valueAt(Column.STRESS, 7 * 24)).isEqualTo(0.8);
        }
    }

    @Test
    void listenersHearEveryStepOnceAndNothingOfTheReRun() {
        AtomicInteger heard = new AtomicInteger();
        try (LiveSession session = LiveSession.start(small())) {
            session.addListener(view -> heard.incrementAndGet());
            session.advance(STEPS_PER_DAY);
            session.doseNow();
            session.advance(Integer.MAX_VALUE);
            assertThat(heard.get()).isEqualTo(small().steps());
        }
    }

    @Test
    void listenersSeeEveryUnitsRateWhoseMeanIsTheActivityColumn() {
        try (LiveSession session = LiveSession.start(small())) {
            double[][] seen = new double[1][];
            double[] activity = new double[1];
            session.addListener(view -> {
                seen[0] = view.rates();
                activity[0] = view.latest(Column.ACTIVITY);
            });
            session.advance(STEPS_PER_DAY);
            assertThat(seen[0]).hasSize(small().network().neurons());
            double sum = 0;
            for (double r : seen[0]) {
                assertThat(r).isBetween(0.0, 1.0);
                sum += r;
            }
            assertThat(sum / seen[0].length).isEqualTo(activity[0]);
        }
    }

    @Test
    void playingAdvancesAtTheSpeedAndStopsAtTheEnd() {
        try (LiveSession session = LiveSession.start(small())) {
            assertThat(session.tick(1)).as("paused").isZero();
            session.speed(0.5);
            session.play();
            assertThat(session.tick(1)).isEqualTo(STEPS_PER_DAY / 2);
            assertThat(session.tick(0.25) + session.tick(0.25)).isEqualTo(STEPS_PER_DAY / 4);
            session.speed(100);
            session.tick(10);
            assertThat(session.finished()).isTrue();
            assertThat(session.playing()).isFalse();
        }
    }

    @Test
    void aChangeBeforeTheFirstStepAppliesFromDayZero() {
        try (LiveSession session = LiveSession.start(small())) {
            session.stressFromNow(0.2);
            assertThat(session.scenario().stress()).singleElement()
                    .satisfies(p -> assertThat(p.fromDay()).isZero());
            session.advance(Integer.MAX_VALUE);
            assertSameBits(session.resultSoFar().series(),
                    Simulation.run(session.scenario()).series());
        }
    }

    @Test
    void therapyNowInsideTheScenariosOwnScheduleSplitsItAndTheSavedFileRunsTheSameBits() {
        Scenario withTherapy = small().toBuilder()
                .therapy(new TherapySchedule(1, 2, 3, 2)).build();
        try (LiveSession session = LiveSession.start(withTherapy)) {
            session.advance(2 * STEPS_PER_DAY + 48);
            session.therapyNow();
            assertThat(session.scenario().therapy()).extracting(t -> t.firstDay())
                    .containsExactly(1.0, 2.5, 3.0);
            session.advance(Integer.MAX_VALUE);
            Scenario saved = ScenarioFiles.parse(ScenarioFiles.write(session.scenario(),
                    ScenarioFormat.YAML, ModelDetail.ALL), ScenarioFormat.YAML, "saved");
            assertSameBits(session.resultSoFar().series(), Simulation.run(saved).series());
        }
    }

    @Test
    void therapyNowBeforeTheScenariosOwnScheduleGoesAheadOfIt() {
        Scenario withTherapy = small().toBuilder()
                .therapy(new TherapySchedule(3, 1, 2, 2)).build();
        try (LiveSession session = LiveSession.start(withTherapy)) {
            session.advance(STEPS_PER_DAY);
            session.therapyNow();
            assertThat(session.scenario().therapy()).extracting(t -> t.firstDay())
                    .containsExactly(session.changes().get(0).day(), 3.0);
        }
    }

    @Test
    void therapyNowDuringASessionIsRefused() {
        Scenario withTherapy = small().toBuilder()
                .therapy(new TherapySchedule(1, 2, 3, 2)).build();
        try (LiveSession session = LiveSession.start(withTherapy)) {
            session.advance(STEPS_PER_DAY + 2);
            assertThatThrownBy(session::therapyNow).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("runs from day 1 for 2 h");
            assertThat(session.scenario()).isEqualTo(withTherapy);
        }
    }

    @Test
    void aBadChangeNamesTheProblemAndChangesNothing() {
        try (LiveSession session = LiveSession.start(small())) {
            session.advance(STEPS_PER_DAY);
            assertThatThrownBy(() -> session.stressFromNow(1.5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
            assertThat(session.changes()).isEmpty();
            session.advance(Integer.MAX_VALUE);
            assertThatThrownBy(session::therapyNow).hasMessageContaining("the run is over");
            assertThat(session.changes()).isEmpty();
        }
    }
}
