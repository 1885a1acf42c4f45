package org.plasticitylab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plasticitylab.cli.sweep.SweepAxis;
import org.plasticitylab.cli.sweep.SweepCharts;
import org.plasticitylab.cli.sweep.SweepFiles;
import org.plasticitylab.cli.sweep.SweepGrid;
import org.plasticitylab.metrics.Summary;

/**
 * The files of a finished sweep, the same whether its runs were done by one {@code sweep} or
 * merged from shards by {@code sweep-merge}: runs.csv, settings.csv, their datapackage.json
 * and the charts, then summary.json.
 */
final class SweepOutputs {
    private SweepOutputs() {
    }

    /**
     * Writes every file of the finished sweep but the completion marker.
     *
     * @param name the swept scenario's name
     * @param grid the sweep's grid
     * @param summaries the outcome of every run, in the order of the grid
     * @param dir the sweep's folder
     * @param charts the chart options of the command
     * @param axis the charts' x axis, or null for the swept value itself
     * @param version the Plasticity Lab version to record
     * @param progress shows the charts being drawn
     * @return the files, in the order written
     */
    static List<Path> write(String name, SweepGrid grid, List<Summary> summaries, Path dir,
            ChartSettings charts, SweepAxis axis, String version, Progress progress)
            throws IOException {
        List<Path> files = new ArrayList<>(SweepFiles.write(grid, summaries, dir));
        charts.options().ifPresent(o -> ChartWriter.write(SweepCharts.charts(grid, summaries,
                axis), dir, o, () -> false, files, progress));
        files.add(SweepFiles.writeSummary(dir, name, summaries.size(), summaries.size(),
                version));
        return files;
    }
}
