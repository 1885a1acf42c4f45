package org.plasticitylab.viz;

import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.viz.run.CapturedRun;
import org.plasticitylab.viz.run.CapturingRun;

/** Small, fast inputs shared by the viz tests. */
public final class TestRuns {
    private static CapturedRun shortRun;

    private TestRuns() {
    }

    /** Four days of a small stressed network with one dose on day 1 and two therapy sessions. */
    public static Scenario shortScenario() {
        return Scenario.builder("short-test")
                .description("A short run for tests <with> \"special\" & characters.")
                .days(4)
                .burnInDays(2)
                .network(new NetworkSpec(80, 20))
                .stress(0, 4, 0.8)
                .treatment(NmdaBlock.standard(1.0))
                .therapy(new TherapySchedule(1, 1, 2, 2))
                .build();
    }

    /** The short scenario run once per test JVM, with snapshots. */
    public static synchronized CapturedRun shortRun() {
        if (shortRun == null) {
            shortRun = CapturingRun.run(shortScenario());
        }
        return shortRun;
    }

    /**
     * A synthetic series of {@code rows} hourly rows: time_h = row, day = row / 24, and
     * plasticity given; every other column = row index.
     */
    public static TimeSeries hourly(double... plasticity) {
        int rows = plasticity.length;
        double[][] columns = new double[Column.values().length][rows];
        for (Column c : Column.values()) {
            for (int r = 0; r < rows; r++) {
                columns[c.ordinal()][r] = switch (c) {
                    case TIME_H -> r;
                    case DAY -> r / 24.0;
                    case PLASTICITY -> plasticity[r];
                    default -> r;
                };
            }
        }
        return new TimeSeries(columns, rows);
    }
}
