package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.viz.chart.LiveStoryChart;
import org.plasticitylab.viz.chart.SlideTheme;
import org.plasticitylab.viz.report.Html;

/**
 * The live explorer for classroom demos: play, pause and step a {@link LiveSession} at a speed
 * in days per second, and change it from now on (stress, a dose, a therapy session) while the
 * story chart grows. The window wraps the session by composition; a {@link LiveDriver} timer
 * steps it on the event thread, so the saved scenario reruns to the same bits headless.
 * Shortcuts: space plays or pauses, the right arrow steps.
 */
public final class LiveExplorer {
    private static final String CHART_CARD = "chart";
    private static final String WAITING_CARD = "waiting";
    private static final Color ERROR = new Color(0xD55E00);
    private static final int STATUS_WIDTH = 240;
    private final JFrame frame = new JFrame("Plasticity Lab live explorer - "
            + SlideTheme.DISCLAIMER);
    final JButton play = new JButton("Play");
    final JButton step = new JButton("Step");
    final JLabel day = new JLabel();
    final JButton doseNow = new JButton("Dose now");
    final JButton therapyNow = new JButton("Therapy now");
    final JButton restart = new JButton("Restart");
    final JToggleButton projector = new JToggleButton("Projector mode");
    final ChartPanel chart = new ChartPanel(null, false, true, true, false, true);
    final StressControl stress;
    final SpeedField speed;
    final JLabel status = new JLabel(" ");
    private final JPanel charts = new JPanel(new CardLayout());
    final JTabbedPane views = new JTabbedPane();
    final NetworkView network = new NetworkView();
    final LiveComparison comparison = new LiveComparison(this::redraw);
    private final ExplorerActions actions;
    private final ProjectorMode projectorMode = new ProjectorMode(frame);
    private final LiveDriver driver;
    private final LiveEdits edits;
    private final Scenario original;

    private LiveExplorer(Scenario initial) {
        this.original = initial;
        this.actions = new ExplorerActions(frame, this::setStatus);
        this.driver = new LiveDriver(initial, this::redraw);
        this.edits = new LiveEdits(frame, driver, initial, comparison, network, this::setStatus);
        this.stress = new StressControl(edits::stress);
        this.speed = new SpeedField(driver::speed);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                comparison.stop();
                driver.close();
            }
        });
        frame.add(transport(), BorderLayout.NORTH);
        frame.add(controls(), BorderLayout.EAST);
        charts.add(waiting(), WAITING_CARD);
        charts.add(chart, CHART_CARD);
        views.addTab("Story", charts);
        views.addTab("Network", network);
        views.addTab(ChartTabs.COMPARE_TAB, comparison);
        views.setToolTipTextAt(0, "The story chart: drug, plasticity, synapses and recall");
        views.setToolTipTextAt(1, "The network itself: units, patterns, synapses gained and lost");
        views.setToolTipTextAt(2, "This run beside the plan before your last change");
        views.addChangeListener(e -> redraw());
        frame.add(views, BorderLayout.CENTER);
        frame.setPreferredSize(new Dimension(1400, 900));
        stress.show(initial);
        setStatus(initial.name() + ": " + initial.description(), false);
        Shortcuts.install(frame, play, step);
        redraw();
        frame.pack();
        frame.setLocationRelativeTo(null);
    }

    /**
     * Opens the live explorer on {@code initial}, paused at its start. Safe to call from any
     * thread; the window is built on the event thread.
     *
     * @param initial the scenario to run
     * @return the explorer, its window already visible
     * @throws IllegalStateException if interrupted while waiting or the window cannot be built
     */
    public static LiveExplorer open(Scenario initial) {
        return OnEventThread.make(() -> {
            LiveExplorer e = new LiveExplorer(initial);
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

    /** The session on show (event thread only). */
    LiveSession session() {
        return driver.session();
    }

    /** How many times the chart and counter were redrawn. */
    long updates() {
        return driver.updates();
    }

    /** Saves the session's scenario, with every change, as YAML to {@code file}. */
    void save(Path file) throws IOException {
        ExplorerActions.writeScenario(file, driver.session().scenario());
        setStatus("Saved " + file, false);
    }

    private JPanel transport() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 6));
        play.setToolTipText("<html>Run the model, or pause it (shortcut: space).<br>"
                + "It plays at the speed set beside, in simulated days per second.</html>");
        play.addActionListener(e -> {
            driver.toggle();
            showPlaying();
        });
        step.setToolTipText("<html>Advance the model by one time step (shortcut: right arrow)."
                + "<br>One step is " + Decimals.label(original.dtHours())
                + " simulated hours (the scenario's dt_hours).</html>");
        step.addActionListener(e -> driver.step());
        day.setToolTipText("Simulated time now, in days since day 0, and the run's length");
        day.setFont(day.getFont().deriveFont(day.getFont().getSize2D() * 1.4f));
        for (JButton b : List.of(play, step)) {
            b.setFocusable(false);
            bar.add(b);
        }
        bar.add(day);
        bar.add(speed);
        return bar;
    }

    private JPanel controls() {
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(stress);
        JPanel buttons = new JPanel(new GridLayout(0, 1, 4, 6));
        doseNow.setToolTipText("<html>Give one NMDA-block dose (the ketamine mechanism) now:"
                + "<br>0.5 mg/kg infused over 40 minutes, the model's standard dose.</html>");
        doseNow.addActionListener(e -> edits.change("dose", () -> driver.session().doseNow()));
        therapyNow.setToolTipText("<html>Start a therapy session now: "
                + Decimals.label(LiveSession.SESSION_HOURS) + " hours of practising the"
                + " positive pattern,<br>the model's standard session.</html>");
        therapyNow.addActionListener(e -> edits.change("therapy", edits::therapyNow));
        JButton save = actions.saveButton(() -> driver.session().scenario());
        save.setToolTipText("<html>Save the scenario with every change made so far, as YAML."
                + "<br>'plasticity run' on the file gives this run exactly.</html>");
        restart.setToolTipText("Start the scenario again from day 0, without the changes");
        restart.addActionListener(e -> {
            edits.restart(original);
            stress.show(original);
        });
        JButton form = new JButton("Full-run form...");
        form.setToolTipText("<html>The form of the earlier explorer: edit doses and therapy,"
                + "<br>run a whole scenario at once and compare runs.</html>");
        form.addActionListener(e -> Explorer.open(driver.session().scenario()));
        projector.setToolTipText("<html>For a projector: the window maximized, large text"
                + " and thick lines.<br>Default: off.</html>");
        projector.addActionListener(e -> {
            projectorMode.set(projector.isSelected());
            redraw();
        });
        for (var b : List.of(doseNow, therapyNow, save, restart, form, projector)) {
            b.setFocusable(false);
            buttons.add(b);
        }
        top.add(buttons);
        top.add(status);
        top.add(new ColourKey());
        top.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        JPanel side = new JPanel(new BorderLayout());
        side.add(top, BorderLayout.NORTH);
        return side;
    }

    private static JPanel waiting() {
        JPanel p = new JPanel(new BorderLayout());
        p.add(new JLabel("Press Play (space) or Step (right arrow) to start the model.",
                SwingConstants.CENTER));
        return p;
    }

    /** Redraws the day counter and, once the model has run, the chart. */
    private void redraw() {
        LiveSession s = driver.session();
        Scenario scenario = s.scenario();
        day.setText("Day " + Decimals.label(s.timeHours() / 24, 1) + " of "
                + Decimals.label(scenario.days()) + (driver.started() ? "" : " (not started)"));
        showPlaying();
        if (views.getSelectedComponent() == comparison) {
            if (driver.started() && comparison.ready()) {
                comparison.update(s.resultSoFar(), edits.title(), s.timeHours() / 24);
            }
            return;
        }
        if (views.getSelectedComponent() == network) {
            if (driver.network() != null) {
                network.show(driver.network(), driver.rates(), driver.synapses(),
                        "day " + Decimals.label(s.timeHours() / 24, 1));
            }
            return;
        }
        CardLayout cards = (CardLayout) charts.getLayout();
        if (!driver.started()) {
            cards.show(charts, WAITING_CARD);
            return;
        }
        // Smooth lines cost most of a redraw: drawn while paused, skipped while playing.
        chart.setChart(LiveStoryChart.create(s.resultSoFar(), s.changes(), edits.title(),
                EditTitle.subtitle(original, edits.edited()), projectorMode.on()));
        chart.getChart().setAntiAlias(!s.playing());
        cards.show(charts, CHART_CARD);
    }

    private void showPlaying() {
        LiveSession s = driver.session();
        play.setText(s.playing() ? "Pause" : s.finished() ? "Finished" : "Play");
        play.setEnabled(!s.finished());
        step.setEnabled(!s.finished());
        doseNow.setEnabled(!s.finished());
        therapyNow.setEnabled(!s.finished());
    }

    private void setStatus(String text, boolean error) {
        // A fixed width makes the label wrap and grow downwards instead of widening the panel.
        status.setText("<html><div style='width:" + STATUS_WIDTH + "px'>" + Html.escape(text)
                + "</div></html>");
        status.setForeground(error ? ERROR : Color.DARK_GRAY);
    }
}
