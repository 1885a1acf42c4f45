package org.plasticitylab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.explain.Counterfactual.Kind;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

class CounterfactualsTest {
    @Test
    void onlyTheKindsThatTakeSomethingAwayApply() {
        Scenario small = NarrativeTest.SMALL;
        assertThat(Counterfactuals.kindsFor(small)).containsExactly(Kind.WITHOUT_THERAPY,
                Kind.WITHOUT_DRUGS);
        assertThat(Counterfactuals.kindsFor(small.toBuilder().clearTherapy().build()))
                .containsExactly(Kind.WITHOUT_DRUGS);
        assertThat(Counterfactuals.kindsFor(Scenario.builder("plain").build())).isEmpty();
    }

    @Test
    void aCounterfactualIsTheSameScenarioWithOnePartRemovedAndSaysSoInItsName() {
        Scenario without = Kind.WITHOUT_DRUGS.applyTo(NarrativeTest.SMALL);
        assertThat(without.name()).isEqualTo("small-without-drugs");
        assertThat(without.treatments()).isEmpty();
        assertThat(without.therapy()).isEqualTo(NarrativeTest.SMALL.therapy());
        assertThat(without.seed()).isEqualTo(NarrativeTest.SMALL.seed());
    }

    @Test
    void theWhatIfsAreReadAtTheEndOfTheInductionCourseAndAtTheEnd() {
        Scenario s = NarrativeTest.SMALL.withDays(10);
        Explanation e = Narrative.explainWithCounterfactuals(s, 2);
        Finding f = counterfactual(e);
        // the induction course: doses on days 2 and 4, its end three days after the last one
        assertThat(f.numbers().get("course_read_day")).isEqualTo(7.0);
        assertThat(f.numbers().get("end_day")).isEqualTo(10.0);
        assertThat(f.numbers()).containsKeys("difference_course_without_therapy",
                "difference_end_without_drugs", "positive_recall_end",
                "improvement_course_without_therapy", "improvement_end_without_drugs",
                "improvement_difference_course_without_drugs", "responded_without_therapy",
                "response_day_without_drugs", "relapse_day_without_therapy",
                "days_to_relapse_without_drugs");
        assertThat(f.text()).contains("read at the end of the induction course (day 7) and at"
                + " the end of the run (day 10)", "Without the therapy f would be",
                "Without the drugs f would be");
        assertThat(e.text()).endsWith(Explanation.DISCLAIMER + "\n");
    }

    @Test
    void theWhatIfsOfTheRunAsItRanAgreeWithItsSummary() {
        Scenario s = NarrativeTest.SMALL.withDays(10);
        Result run = Simulation.run(s);
        List<Counterfactual> others = Counterfactuals.run(s, 2);
        Finding f = counterfactual(Narrative.explain(run, others));
        assertThat(f.numbers().get("improvement_course"))
                .isEqualTo(run.summary().improvementEndOfCourse());
        assertThat(f.numbers().get("improvement_end")).isEqualTo(run.summary().improvementEnd());
        Summary withoutDrugs = others.get(1).result().summary();
        assertThat(f.numbers().get("responded_without_drugs"))
                .isEqualTo(withoutDrugs.responded() ? 1.0 : 0.0);
        assertThat(f.numbers().get("days_improved_without_drugs"))
                .isEqualTo(withoutDrugs.daysImproved());
        assertThat(f.numbers().get("improvement_difference_end_without_drugs"))
                .isEqualTo(f.numbers().get("improvement_end")
                        - f.numbers().get("improvement_end_without_drugs"));
    }

    private static Finding counterfactual(Explanation e) {
        return e.findings().stream().filter(x -> x.topic().equals("counterfactual"))
                .findFirst().orElseThrow();
    }

    @Test
    void counterfactualRunsComeBackInKindOrder() {
        List<Counterfactual> runs = Counterfactuals.run(NarrativeTest.SMALL.withDays(3), 2);
        assertThat(runs).extracting(Counterfactual::kind).containsExactly(Kind.WITHOUT_THERAPY,
                Kind.WITHOUT_DRUGS);
    }
}
