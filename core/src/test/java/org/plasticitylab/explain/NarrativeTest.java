package org.plasticitylab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

class NarrativeTest {
    private static final Result RUN = Simulation.run(Scenario.builder("small")
            .days(6).burnInDays(2).network(new NetworkSpec(80, 20)).stress(0, 6, 0.8)
            .treatment(NmdaBlock.standard(2.0, 4.0))
            .therapy(new TherapySchedule(2, 2, 2, 2)).build());

    @Test
    void tellsTheStoryInOrderAndEndsWithTheDisclaimer() {
        Explanation e = Narrative.explain(RUN);
        assertThat(e.findings()).extracting(Finding::topic).containsExactly("overview", "stress",
                "dose", "dose", "therapy", "plasticity", "density", "recall", "mood");
        assertThat(e.text()).endsWith("Toy model for teaching - not medical advice.\n");
    }

    @Test
    void eachDoseQuotesItsOccupancyPeak() {
        Finding dose = Narrative.explain(RUN).findings().get(2);
        assertThat(dose.numbers().get("peak_occupancy")).isBetween(0.5, 0.7);
        assertThat(dose.numbers().get("peak_occupancy_day")).isBetween(2.0, 2.1);
        assertThat(dose.text()).startsWith("Dose 1: 0.5 mg/kg over 40 min on day 2.");
    }

    @Test
    void numbersAreRoundedForPeople() {
        assertThat(Narrative.num(0.5)).isEqualTo("0.5");
        assertThat(Narrative.num(42)).isEqualTo("42");
        assertThat(Narrative.num(0.21349)).isEqualTo("0.213");
    }
}
