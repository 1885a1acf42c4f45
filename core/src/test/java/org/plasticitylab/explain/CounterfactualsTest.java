package org.plasticitylab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.explain.Counterfactual.Kind;
import org.plasticitylab.scenario.Scenario;

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
    void theExplanationReportsTheDifferenceAtTheEndOfTheCourseAndAtTheEnd() {
        Scenario s = NarrativeTest.SMALL.withDays(8);
        Explanation e = Narrative.explainWithCounterfactuals(s, 2);
        Finding f = e.findings().stream().filter(x -> x.topic().equals("counterfactual"))
                .findFirst().orElseThrow();
        // course: last dose day 4, last session day 4, read two days later
        assertThat(f.numbers().get("course_read_day")).isEqualTo(6.0);
        assertThat(f.numbers()).containsKeys("difference_course_without_therapy",
                "difference_end_without_drugs", "positive_recall_end");
        assertThat(f.text()).contains("without the therapy it would be",
                "without the drugs it would be");
        assertThat(e.text()).endsWith(Explanation.DISCLAIMER + "\n");
    }

    @Test
    void counterfactualRunsComeBackInKindOrder() {
        List<Counterfactual> runs = Counterfactuals.run(NarrativeTest.SMALL.withDays(3), 2);
        assertThat(runs).extracting(Counterfactual::kind).containsExactly(Kind.WITHOUT_THERAPY,
                Kind.WITHOUT_DRUGS);
    }
}
