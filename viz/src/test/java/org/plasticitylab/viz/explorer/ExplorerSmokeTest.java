package org.plasticitylab.viz.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.plasticitylab.viz.TestRuns;
import org.plasticitylab.viz.run.CapturedRun;

/**
 * Opens the real window, runs a short scenario twice (so the comparison tab appears) and saves
 * a screenshot to target/explorer.png. Needs a display: run under Xvfb with
 * {@code -Djava.awt.headless=false} (see viz/scripts/explorer-smoke.sh); skipped when headless.
 */
class ExplorerSmokeTest {
    @Test
    void runsAShortScenarioAndShowsItsCharts() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display (run under Xvfb)");
        Explorer explorer = Explorer.open(TestRuns.shortScenario());
        try {
            explorer.run().get(60, TimeUnit.SECONDS);
            CapturedRun second = explorer.run().get(60, TimeUnit.SECONDS);
            assertThat(second.result().completed()).isTrue();
            Path shot = Path.of("target", "explorer.png");
            Files.createDirectories(shot.getParent());
            BufferedImage[] img = new BufferedImage[1];
            SwingUtilities.invokeAndWait(() -> img[0] = capture(explorer));
            ImageIO.write(img[0], "png", shot.toFile());
            assertThat(shot).exists();
            String[] header = new String[1];
            SwingUtilities.invokeAndWait(() -> {
                explorer.tabs.showComparison();
                img[0] = capture(explorer);
                header[0] = explorer.tabs.comparisonHeader();
            });
            ImageIO.write(img[0], "png", shot.resolveSibling("explorer-compare.png").toFile());
            assertThat(header[0]).contains("What changed: nothing: the same scenario again");
        } finally {
            SwingUtilities.invokeAndWait(() -> explorer.frame().dispose());
        }
    }

    private static BufferedImage capture(Explorer explorer) {
        var pane = explorer.frame().getContentPane();
        BufferedImage img = new BufferedImage(pane.getWidth(), pane.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        pane.printAll(g);
        g.dispose();
        return img;
    }
}
