package org.plasticitylab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;
import org.plasticitylab.viz.export.ChartOptions;
import org.plasticitylab.viz.export.RunCharts;

/**
 * Writes charts one by one, showing how many are done and stopping at Ctrl-C: drawing them
 * all can take seconds, and the JVM is shutting down by then, so nothing may start that needs a
 * shutdown hook (the ImageIO disk cache registers one, which failed with "Shutdown in
 * progress").
 */
final class ChartWriter {
    private ChartWriter() {
    }

    /**
     * Writes every chart into {@code dir}, adding each file to {@code files}, until
     * {@code stop} says so; ends {@code progress}.
     *
     * @return true if every chart was written
     */
    static boolean write(Map<String, ? extends Drawable> charts, Path dir, ChartOptions options,
            BooleanSupplier stop, List<Path> files, Progress progress) {
        ImageIO.setUseCache(false);
        int written = 0;
        try {
            for (Map.Entry<String, ? extends Drawable> chart : charts.entrySet()) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                files.addAll(RunCharts.write(Map.of(chart.getKey(), chart.getValue()), dir,
                        options));
                written++;
                progress.show((double) written / charts.size(),
                        written + " of " + charts.size() + " charts");
            }
        } finally {
            progress.end();
        }
        return !stop.getAsBoolean();
    }
}
