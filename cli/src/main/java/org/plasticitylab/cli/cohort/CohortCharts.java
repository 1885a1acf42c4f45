package org.plasticitylab.cli.cohort;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.plasticitylab.cohort.CohortResult;
import org.plasticitylab.viz.chart.CohortChart;
import org.plasticitylab.viz.export.ChartOptions;
import org.plasticitylab.viz.export.RunCharts;

/**
 * The charts of a cohort: {@code kaplan-meier} (responders still well after the last induction
 * dose) and {@code outcomes} (each patient's response and relapse); for several cohorts,
 * {@code compare-kaplan-meier} with their curves overlaid.
 */
public final class CohortCharts {
    private CohortCharts() {
    }

    /**
     * The charts of one cohort by file stem.
     *
     * @param cohort the finished cohort
     * @return {@code kaplan-meier} and {@code outcomes}
     */
    public static Map<String, JFreeChart> charts(CohortResult cohort) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        charts.put("kaplan-meier", CohortChart.stillWell(List.of(cohort)));
        charts.put("outcomes", CohortChart.outcomes(cohort));
        return charts;
    }

    /**
     * Writes the overlay of several cohorts' Kaplan-Meier curves.
     *
     * @param cohorts the cohorts, in legend order
     * @param dir the folder to write into
     * @param options size and formats
     * @return the files written
     */
    public static List<Path> writeComparison(List<CohortResult> cohorts, Path dir,
            ChartOptions options) {
        return RunCharts.write(Map.of("compare-kaplan-meier", CohortChart.stillWell(cohorts)),
                dir, options);
    }
}
