package org.plasticitylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.viz.export.ChartOptions;
import org.plasticitylab.viz.export.RunCharts;
import org.plasticitylab.viz.run.CapturedRun;

/**
 * Writes a run's charts one by one, stopping at Ctrl-C: drawing them all can take seconds, and
 * the JVM is shutting down by then, so nothing may start that needs a shutdown hook (the
 * ImageIO disk cache registers one, which failed with "Shutdown in progress").
 */
final class RunChartWriter {
    private RunChartWriter() {
    }

    /**
     * Writes every chart of {@code run} into {@code dir}, adding each file to {@code files},
     * until {@code stop} says so.
     *
     * @return true if every chart was written
     */
    static boolean write(CapturedRun run, Path dir, ChartOptions options, BooleanSupplier stop,
            List<Path> files) {
        ImageIO.setUseCache(false);
        for (Map.Entry<String, Drawable> chart : RunCharts.charts(run).entrySet()) {
            if (stop.getAsBoolean()) {
                return false;
            }
            files.addAll(RunCharts.write(Map.of(chart.getKey(), chart.getValue()), dir, options));
        }
        return !stop.getAsBoolean();
    }
}
