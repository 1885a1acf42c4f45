package org.plasticitylab.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;

/** Cohorts of a tiny scenario: the same whatever the threads, resumable, cancellable. */
class CohortTest {
    private static final Scenario TINY = Scenario.builder("tiny").days(5).burnInDays(1).seed(9)
            .network(new NetworkSpec(60, 20)).stress(0, 5, 0.8)
            .treatment(NmdaBlock.standard(1.0)).therapy(new TherapySchedule(2, 1, 2, 2)).build();

    @Test
    void oneAndThreeThreadsGiveTheSameCohort() {
        CohortResult one = Cohort.builder(TINY, 6).threads(1).build().run();
        CohortResult three = Cohort.builder(TINY, 6).threads(3).build().run();
        assertThat(three).isEqualTo(one);
        assertThat(one.completed()).isTrue();
        assertThat(one.patients()).extracting(p -> p.patient().index())
                .containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(one.patients()).extracting(p -> p.patient().seed()).doesNotHaveDuplicates();
    }

    @Test
    void aPatientsRunIsThatOfItsOwnScenario() {
        Cohort cohort = Cohort.builder(TINY, 2).baseSeed(4).build();
        VirtualPatient p = cohort.patients().get(1);
        Scenario s = cohort.scenarioOf(p);
        assertThat(s.seed()).isEqualTo(p.seed());
        assertThat(s.model()).isEqualTo(p.parameters().applyTo(TINY.model()));
        assertThat(cohort.run().scenario().seed()).isEqualTo(4);
    }

    @Test
    void patientsGivenAsDoneAreNotRunAgain() {
        CohortResult whole = Cohort.builder(TINY, 5).build().run();
        List<PatientOutcome> told = new CopyOnWriteArrayList<>();
        CohortResult resumed = Cohort.builder(TINY, 5).threads(2)
                .done(whole.patients().subList(1, 3))
                .listener((outcome, finished, total) -> told.add(outcome)).build().run();
        assertThat(resumed).isEqualTo(whole);
        assertThat(told).extracting(p -> p.patient().index())
                .containsExactlyInAnyOrder(0, 3, 4);
    }

    @Test
    void aPatientOfAnotherCohortIsRefused() {
        CohortResult other = Cohort.builder(TINY, 2).baseSeed(77).build().run();
        assertThatThrownBy(() -> Cohort.builder(TINY, 2).done(other.patients()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a patient of this cohort");
    }

    @Test
    void aCancelledCohortReturnsThePatientsThatFinished() {
        AtomicReference<Cohort> cohort = new AtomicReference<>();
        cohort.set(Cohort.builder(TINY, 4)
                .listener((outcome, finished, total) -> cohort.get().cancel()).build());
        CohortResult result = cohort.get().run();
        assertThat(result.completed()).isFalse();
        assertThat(result.patients()).hasSize(1);
        assertThatThrownBy(() -> cohort.get().run()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailingListenerStopsTheCohort() {
        Cohort cohort = Cohort.builder(TINY, 3).threads(2).listener((o, f, t) -> {
            throw new IllegalStateException("disk full");
        }).build();
        assertThatThrownBy(cohort::run).hasMessageContaining("disk full");
    }
}
