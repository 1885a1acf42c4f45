package org.plasticitylab.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

class SummaryTableTest {
    static final Scenario SMALL = Scenario.builder("small")
            .days(12).burnInDays(2).network(new NetworkSpec(80, 20)).stress(0, 12, 0.8)
            .treatment(NmdaBlock.standard(2.0, 4.0))
            .therapy(new TherapySchedule(2, 2, 2, 2)).build();
    static final Result RUN = Simulation.run(SMALL);

    /** The run with a response on day 3 and a relapse on day 9, five days after the last dose. */
    static Result relapsed() {
        List<Double> values = new ArrayList<>(SummaryFields.values(RUN.summary()));
        set(values, "response_day", 3);
        set(values, "relapse_day", 9);
        set(values, "days_to_relapse", 5);
        return new Result(SMALL, RUN.series(), SummaryFields.summary(values), true, 0);
    }

    /** The run without a response, so without a relapse. */
    static Result noResponse() {
        List<Double> values = new ArrayList<>(SummaryFields.values(RUN.summary()));
        set(values, "response_day", Double.NaN);
        set(values, "relapse_day", Double.NaN);
        set(values, "days_to_relapse", Double.NaN);
        return new Result(SMALL, RUN.series(), SummaryFields.summary(values), true, 0);
    }

    private static void set(List<Double> values, String name, double value) {
        values.set(SummaryFields.NAMES.indexOf(name), value);
    }

    @Test
    void theRunTableLeadsWithTheStoryInWordsThenTheEndValues() {
        String table = SummaryTable.of(relapsed());
        assertThat(table).contains("improvement f: 0 = the mood just before the first treatment"
                        + " on day 2, 1 = the healthy mood of day 0\n",
                "  response (f >= 0.5)        yes, day 3\n",
                "  relapse (7 days f < 0.5)   day 9\n",
                "  days to relapse            5\n",
                "  improvement, end of course ")
                .endsWith("Toy model for teaching - not medical advice.\n");
        assertThat(table.indexOf("improvement, end of run"))
                .isLessThan(table.indexOf("synapse density"));
    }

    @Test
    void withoutAResponseTheRelapseRowsSayTheyDoNotApply() {
        assertThat(SummaryTable.of(noResponse())).contains("response (f >= 0.5)        no\n",
                "relapse (7 days f < 0.5)   n/a (no response)\n", "days to relapse            n/a\n")
                .doesNotContain("NaN");
    }

    @Test
    void aRunWithoutTreatmentOrChangeOfStressSaysThereIsNoRecoveryToRead() {
        Result stressed = Simulation.run(SMALL.withDays(2).toBuilder().clearTreatments()
                .clearTherapy().build());
        assertThat(SummaryTable.of(stressed)).contains(
                "No treatment and no change of stress: no recovery to read.")
                .doesNotContain("response (f >= 0.5)");
    }

    @Test
    void compareGivesTheStoryRowsPerRunThenTheOtherOutcomesButNotTwice() {
        String table = SummaryTable.compare(List.of(relapsed(), noResponse()));
        assertThat(table).contains("response (f >= 0.5)", "yes, day 3", "n/a (no response)",
                "density_end", "positive_recall_end").doesNotContain("response_day",
                "days_to_relapse ", "NaN");
        assertThat(table.lines().filter(l -> l.contains("relapse (7 days f < 0.5)")))
                .singleElement().asString().contains("day 9", "n/a (no response)");
        assertThat(table.indexOf("days improved")).isLessThan(table.indexOf("peak_plasticity"));
    }
}
