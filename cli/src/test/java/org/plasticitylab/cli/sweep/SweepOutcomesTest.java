package org.plasticitylab.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plasticitylab.output.SummaryFields;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.scenario.Scenario;

/** Sweeps whose runs lack some outcomes: no response, no relapse. */
class SweepOutcomesTest {
    /** Two settings of three seeds each. */
    private static final SweepGrid GRID = SweepGrid.of(List.of(Variation.parse("x=0:1:2")), 1, 3);

    @TempDir
    Path dir;

    /** A summary with every value 1, except the days to relapse and the response day. */
    private static Summary run(double responseDay, double daysToRelapse) {
        List<Double> values = new ArrayList<>();
        for (String name : SummaryFields.NAMES) {
            values.add(name.equals("response_day") ? responseDay
                    : name.equals("days_to_relapse") || name.equals("relapse_day")
                            ? daysToRelapse : 1.0);
        }
        return SummaryFields.summary(values);
    }

    /** Setting 1: two responders, one relapsed after 10 days; setting 2: no responder. */
    private static List<Summary> summaries() {
        double none = Double.NaN;
        return List.of(run(43, 10), run(44, none), run(none, none), run(none, none),
                run(none, none), run(none, none));
    }

    @Test
    void presentValuesLeaveOutTheSeedsAnOutcomeDoesNotApplyTo() {
        assertThat(GRID.sample(summaries(), 0, "days_to_relapse")).containsExactly(10.0,
                Double.NaN, Double.NaN);
        assertThat(GRID.present(summaries(), 0, "days_to_relapse")).containsExactly(10.0);
        assertThat(GRID.present(summaries(), 1, "response_day")).isEmpty();
        assertThat(GRID.sample(summaries(), 0, SweepGrid.RESPONDED)).containsExactly(1.0, 1.0,
                0.0);
    }

    @Test
    void settingsAverageOverTheSeedsThatHaveAValueAndSayHowMany() {
        List<Map<String, String>> rows = Csvs.read(SweepFiles.settings(GRID, summaries()));
        Map<String, String> first = rows.get(0);
        assertThat(first).containsEntry("runs", "3").containsEntry("responders", "2")
                .containsEntry("response_rate", "0.666666666667")
                .containsEntry("response_day_mean", "43.5").containsEntry("response_day_n", "2")
                .containsEntry("days_to_relapse_mean", "10")
                .containsEntry("days_to_relapse_ci95_low", "")
                .containsEntry("days_to_relapse_n", "1")
                .containsEntry("density_end_mean", "1").doesNotContainKey("density_end_n");
        assertThat(rows.get(1)).containsEntry("responders", "0")
                .containsEntry("response_rate", "0").containsEntry("response_day_mean", "")
                .containsEntry("response_day_n", "0");
    }

    @Test
    void runsLeaveOutcomesThatDoNotApplyEmptyAndSayWhetherEachResponded() {
        List<Map<String, String>> rows = Csvs.read(SweepFiles.runs(GRID, summaries()));
        assertThat(rows.get(0)).containsEntry("days_to_relapse", "10")
                .containsEntry("responded", "true");
        assertThat(rows.get(2)).containsEntry("response_day", "").containsEntry("responded",
                "false");
    }

    @Test
    void chartsLeadWithTheResponseRateAndSkipAnOutcomeNoRunHas() {
        List<Summary> noRelapse = new ArrayList<>(summaries());
        noRelapse.set(0, run(43, Double.NaN));
        assertThat(SweepCharts.charts(GRID, noRelapse, null).keySet()).startsWith(
                "sweep-response-rate", "sweep-improvement-end-of-course")
                .doesNotContain("sweep-days-to-relapse");
    }

    @Test
    void aRunFileWritesNullForAMissingOutcomeAndReadsItBackAsNaN() throws Exception {
        Scenario s = Scenario.builder("s").build();
        SweepRuns.write(dir, 0, s, run(Double.NaN, Double.NaN));
        assertThat(dir.resolve("runs/0001.json")).content().contains("\"response_day\" : null")
                .doesNotContain("NaN");
        Summary back = SweepRuns.read(dir, List.of(s)).get(0);
        assertThat(back.responseDay()).isNaN();
        assertThat(back.responded()).isFalse();
    }
}
