package org.plasticitylab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.chart.ui.Drawable;

/**
 * Charts that tell a {@link Progress} when each is first drawn, for code that draws a whole
 * set of charts in one call (the HTML report).
 */
final class DrawingProgress {
    private DrawingProgress() {
    }

    /** The same charts, in the same order, each showing progress once it has been drawn. */
    static Map<String, Drawable> counted(Map<String, ? extends Drawable> charts,
            Progress progress) {
        Set<String> drawn = ConcurrentHashMap.newKeySet();
        Map<String, Drawable> counted = new LinkedHashMap<>();
        charts.forEach((stem, chart) -> counted.put(stem, (g, area) -> {
            chart.draw(g, area);
            if (drawn.add(stem)) {
                progress.show((double) drawn.size() / charts.size(),
                        drawn.size() + " of " + charts.size() + " charts");
            }
        }));
        return counted;
    }
}
