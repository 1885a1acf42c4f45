package org.plasticitylab.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.viz.explorer.LiveExplorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code plasticity gui [SCENARIO]}: the live Swing explorer; returns when its window closes. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the live explorer (play, pause, change from now),"
                + " optionally on a scenario"
                + " (default: " + GuiCommand.DEFAULT_PRESET + ").",
        footerHeading = "%nExample:%n", footer = "  plasticity gui ketamine-single")
final class GuiCommand implements Callable<Integer> {
    static final String DEFAULT_PRESET = "ketamine-series-therapy";

    @Spec
    CommandSpec spec;

    @Mixin
    SharedOptions shared;

    @Parameters(paramLabel = "SCENARIO", arity = "0..1",
            description = "A preset name or a .yaml/.json file.",
            completionCandidates = PresetNames.class)
    String scenario;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return Failures.guard(err, shared.verbose, () -> {
            if (GraphicsEnvironment.isHeadless()) {
                throw new UserInputException("the explorer needs a display; none is available"
                        + " here (set DISPLAY, or run it under Xvfb)");
            }
            Scenario s = shared.apply(scenario == null ? Presets.get(DEFAULT_PRESET)
                    : ScenarioSource.load(scenario));
            waitUntilClosed(LiveExplorer.open(s).frame());
            return ExitCodes.OK;
        });
    }

    private static void waitUntilClosed(JFrame frame) {
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            });
            if (!frame.isDisplayable()) {
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
