package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.viz.chart.SlideTheme;
import org.plasticitylab.viz.report.Html;
import org.plasticitylab.viz.run.CapturedRun;

/**
 * The Swing explorer for live classroom demos: pick a preset (or open a file), change the main
 * parameters, press Run and watch the charts. Runs happen off the event thread in a
 * {@link RunWorker}; the window wraps the simulation by composition and builds the scenario
 * with {@link ExplorerSettings}, so a run here gives exactly the numbers of a headless run.
 */
public final class Explorer {
    private final JFrame frame = new JFrame("Plasticity Lab explorer - " + SlideTheme.DISCLAIMER);
    private final JComboBox<String> picker = new JComboBox<>();
    private final SettingsPanel settings = new SettingsPanel();
    final ChartTabs tabs = new ChartTabs();
    private final JButton runButton = new JButton("Run");
    private final JButton cancelButton = new JButton("Cancel");
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JLabel status = new JLabel(" ");
    private final ExplorerActions actions;
    private Scenario base;
    private RunWorker worker;
    private CapturedRun last;
    private CapturedRun previous;

    private Explorer(Scenario initial) {
        this.actions = new ExplorerActions(frame, this::setStatus);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.add(controls(), BorderLayout.WEST);
        frame.add(tabs, BorderLayout.CENTER);
        frame.setPreferredSize(new Dimension(1400, 860));
        // The initial scenario heads the list when it is not a preset, so it can be picked again.
        boolean isPreset = Presets.find(initial.name()).filter(initial::equals).isPresent();
        String given = isPreset ? initial.name() : initial.name() + " (as given)";
        if (!isPreset) {
            picker.addItem(given);
        }
        Presets.names().forEach(picker::addItem);
        picker.setSelectedItem(given);
        setBase(initial);
        picker.addActionListener(e -> {
            String name = (String) picker.getSelectedItem();
            setBase(given.equals(name) ? initial : Presets.get(name));
        });
        frame.pack();
        frame.setLocationRelativeTo(null);
    }

    /**
     * Opens the explorer on {@code initial}. Safe to call from any thread; the window is built
     * on the event thread.
     *
     * @param initial the scenario the form starts with
     * @return the explorer, its window already visible
     * @throws IllegalStateException if interrupted while waiting or the window cannot be built
     */
    public static Explorer open(Scenario initial) {
        return OnEventThread.make(() -> {
            Explorer e = new Explorer(initial);
            e.frame.setVisible(true);
            return e;
        });
    }

    /**
     * The window, e.g. to wait for it to close or to take a screenshot.
     *
     * @return the explorer's frame
     */
    public JFrame frame() {
        return frame;
    }

    /**
     * Presses Run: runs the scenario in the form and completes (on the event thread) with its
     * outcome, or exceptionally if the settings are invalid or the run fails.
     *
     * @return the run's outcome, completed on the event thread
     */
    public CompletableFuture<CapturedRun> run() {
        CompletableFuture<CapturedRun> outcome = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> start(outcome));
        return outcome;
    }

    private JScrollPane controls() {
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        JPanel pick = new JPanel(new BorderLayout(4, 4));
        pick.add(new JLabel("Scenario"), BorderLayout.WEST);
        pick.add(picker, BorderLayout.CENTER);
        pick.add(actions.openButton(this::setBase), BorderLayout.SOUTH);
        top.add(pick);
        top.add(settings);
        JPanel buttons = new JPanel(new GridLayout(0, 2, 4, 4));
        runButton.addActionListener(e -> start(new CompletableFuture<>()));
        cancelButton.addActionListener(e -> worker.stop());
        cancelButton.setEnabled(false);
        JButton compare = new JButton("Compare");
        compare.setToolTipText("Compare this run with the previous one");
        compare.addActionListener(e -> setStatus(tabs.showComparison() ? " "
                : "Run twice to compare a run with the previous one.", false));
        buttons.add(runButton);
        buttons.add(cancelButton);
        buttons.add(actions.exportButton(tabs::charts));
        buttons.add(actions.saveButton(save -> save.accept(settings.read().apply(base))));
        buttons.add(compare);
        top.add(buttons);
        progress.setStringPainted(true);
        top.add(progress);
        top.add(status);
        top.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        // NORTH keeps the form at its natural height instead of stretching it over the window.
        JPanel form = new JPanel(new BorderLayout());
        form.add(top, BorderLayout.NORTH);
        return new JScrollPane(form);
    }

    private void setBase(Scenario scenario) {
        base = scenario;
        settings.show(ExplorerSettings.of(scenario), DoseSetting.of(scenario));
        setStatus(scenario.name() + ": " + scenario.description(), false);
    }

    private void start(CompletableFuture<CapturedRun> outcome) {
        if (worker != null && !worker.isDone()) {
            outcome.completeExceptionally(new IllegalStateException("a run is in progress"));
            return;
        }
        Scenario scenario;
        try {
            scenario = settings.read().apply(base);
        } catch (IllegalArgumentException e) {
            setStatus("Cannot run: " + e.getMessage(), true);
            outcome.completeExceptionally(e);
            return;
        }
        running(true);
        setStatus("Running " + scenario.name() + "...", false);
        worker = new RunWorker(scenario, progress::setValue, run -> {
            finished(run);
            outcome.complete(run);
        }, error -> {
            running(false);
            setStatus("Run failed: " + error.getMessage(), true);
            outcome.completeExceptionally(error);
        });
        worker.execute();
    }

    private void finished(CapturedRun run) {
        running(false);
        previous = last;
        last = run;
        tabs.show(run, previous);
        setStatus((run.result().completed() ? "Done" : "Cancelled") + " in "
                + run.result().elapsedMillis() / 1000.0 + " s.", false);
    }

    private void running(boolean on) {
        runButton.setEnabled(!on);
        cancelButton.setEnabled(on);
        picker.setEnabled(!on);
        if (on) {
            progress.setValue(0);
        }
    }

    private void setStatus(String text, boolean error) {
        status.setText("<html>" + Html.escape(text) + "</html>");
        status.setForeground(error ? new Color(0xD55E00) : Color.DARK_GRAY);
    }
}
