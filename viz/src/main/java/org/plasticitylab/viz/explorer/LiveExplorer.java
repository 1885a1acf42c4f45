package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
import javax.swing.text.JTextComponent;
import org.jfree.chart.ChartPanel;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TherapySchedule;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.SessionChange;
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
    final JToggleButton projector = new JToggleButton("Projector mode");
    final ChartPanel chart = new ChartPanel(null, false, true, true, false, true);
    final StressControl stress;
    final SpeedField speed;
    final JLabel status = new JLabel(" ");
    private final JPanel charts = new JPanel(new CardLayout());
    final JTabbedPane views = new JTabbedPane();
    final NetworkView network = new NetworkView();
    private final ExplorerActions actions;
    private final ProjectorMode projectorMode = new ProjectorMode(frame);
    private final List<String> editsBeforeStart = new ArrayList<>();
    private final LiveDriver driver;
    private final Scenario original;

    private LiveExplorer(Scenario initial) {
        this.original = initial;
        this.actions = new ExplorerActions(frame, this::setStatus);
        this.driver = new LiveDriver(initial, this::redraw);
        this.stress = new StressControl(this::stressChanged);
        this.speed = new SpeedField(driver::speed);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                driver.close();
            }
        });
        frame.add(transport(), BorderLayout.NORTH);
        frame.add(controls(), BorderLayout.EAST);
        charts.add(waiting(), WAITING_CARD);
        charts.add(chart, CHART_CARD);
        views.addTab("Story", charts);
        views.addTab("Network", network);
        views.setToolTipTextAt(0, "The story chart: drug, plasticity, synapses and recall");
        views.setToolTipTextAt(1, "The network itself: units, patterns, synapses gained and lost");
        views.addChangeListener(e -> redraw());
        frame.add(views, BorderLayout.CENTER);
        frame.setPreferredSize(new Dimension(1400, 900));
        stress.show(initial);
        setStatus(initial.name() + ": " + initial.description(), false);
        shortcuts();
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
        doseNow.addActionListener(e -> change("dose", () -> driver.session().doseNow()));
        therapyNow.setToolTipText("<html>Start a therapy session now: "
                + Decimals.label(LiveSession.SESSION_HOURS) + " hours of practising the"
                + " positive pattern,<br>the model's standard session.</html>");
        therapyNow.addActionListener(e -> change("therapy", this::therapyNow));
        JButton save = actions.saveButton(() -> driver.session().scenario());
        save.setToolTipText("<html>Save the scenario with every change made so far, as YAML."
                + "<br>'plasticity run' on the file gives this run exactly.</html>");
        JButton restart = new JButton("Restart");
        restart.setToolTipText("Start the scenario again from day 0, without the changes");
        restart.addActionListener(e -> restart(original));
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

    /** Space plays or pauses and the right arrow steps, unless a text field has the keys. */
    private void shortcuts() {
        KeyEventDispatcher keys = e -> {
            boolean ours = e.getID() == KeyEvent.KEY_PRESSED && frame.isFocused()
                    && !(e.getComponent() instanceof JTextComponent);
            if (ours && e.getKeyCode() == KeyEvent.VK_SPACE) {
                play.doClick(0);
                return true;
            }
            if (ours && e.getKeyCode() == KeyEvent.VK_RIGHT) {
                step.doClick(0);
                return true;
            }
            return false;
        };
        KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        focus.addKeyEventDispatcher(keys);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                focus.removeKeyEventDispatcher(keys);
            }
        });
    }

    /** Before day 0 a new level restarts the run with it; during the run it applies from now. */
    private void stressChanged(double level) {
        if (driver.started()) {
            change("stress", () -> driver.session().stressFromNow(level));
            return;
        }
        Scenario s = driver.session().scenario();
        Scenario.Builder b = s.toBuilder().clearStress();
        if (level > 0) {
            b.stress(0, s.days(), level);
        }
        editsBeforeStart.removeIf(edit -> edit.startsWith("stress"));
        editsBeforeStart.add("stress " + Decimals.label(level) + " throughout");
        driver.restart(b.build());
        setStatus("Stress " + Decimals.label(level) + " from day 0: the run starts afresh.",
                false);
    }

    /** Makes a change from now, re-running the model to now (a moment), and says if it fails. */
    private void change(String what, Runnable edit) {
        frame.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        try {
            edit.run();
            List<SessionChange> changes = driver.session().changes();
            setStatus("Changed: " + EditTitle.phrase(changes.get(changes.size() - 1)), false);
        } catch (IllegalArgumentException e) {
            setStatus("No " + what + " now: " + e.getMessage(), true);
        } finally {
            frame.setCursor(Cursor.getDefaultCursor());
        }
        driver.updated();
    }

    /**
     * A therapy session now, unless its scenario could not be saved: a scenario file needs
     * therapy schedules in order, so a session inside the scenario's own schedule is refused
     * with the reason rather than leaving a session that no file could rerun.
     */
    private void therapyNow() {
        LiveSession s = driver.session();
        Scenario candidate = s.scenario().toBuilder().therapy(new TherapySchedule(
                s.timeHours() / 24, 1, 1, LiveSession.SESSION_HOURS)).build();
        double ownEnd = s.scenario().therapy().stream()
                .mapToDouble(t -> t.lastDay() + t.durationHours() / 24).max().orElse(0);
        SaveCheck.problem(candidate).ifPresent(why -> {
            throw new IllegalArgumentException("the scenario's own therapy runs until day "
                    + Decimals.label(ownEnd, 1) + ", and a saved scenario can hold an extra"
                    + " session only after that. Try again after day "
                    + Decimals.label(ownEnd, 1) + ".");
        });
        s.therapyNow();
    }

    private void restart(Scenario scenario) {
        editsBeforeStart.clear();
        driver.restart(scenario);
        stress.show(scenario);
        setStatus("Restarted " + scenario.name() + " at day 0.", false);
    }

    /** Redraws the day counter and, once the model has run, the chart. */
    private void redraw() {
        LiveSession s = driver.session();
        Scenario scenario = s.scenario();
        day.setText("Day " + Decimals.label(s.timeHours() / 24, 1) + " of "
                + Decimals.label(scenario.days()) + (driver.started() ? "" : " (not started)"));
        showPlaying();
        if (views.getSelectedComponent() == network) {
            if (driver.network() != null) {
                network.show(driver.network(), driver.rates(),
                        "day " + Decimals.label(s.timeHours() / 24, 1));
            }
            return;
        }
        CardLayout cards = (CardLayout) charts.getLayout();
        if (!driver.started()) {
            cards.show(charts, WAITING_CARD);
            return;
        }
        List<SessionChange> changes = s.changes();
        boolean edited = !changes.isEmpty() || !editsBeforeStart.isEmpty();
        // Smooth lines cost most of a redraw: drawn while paused, skipped while playing.
        chart.setChart(LiveStoryChart.create(s.resultSoFar(), changes,
                EditTitle.title(original, editsBeforeStart, changes),
                EditTitle.subtitle(original, edited), projectorMode.on()));
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
