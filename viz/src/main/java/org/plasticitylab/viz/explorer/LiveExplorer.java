package org.plasticitylab.viz.explorer;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Cursor;
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
 * story chart grows. The window wraps the session by composition: a {@link LiveDriver} owns
 * it on a model thread of its own, every control posts its action there, and the views draw
 * only the {@link LiveUpdate} copies it publishes, so the event thread never waits on the
 * model and the saved scenario reruns to the same bits headless. Shortcuts: space plays or
 * pauses, the right arrow steps.
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
    /** The latest update from the model thread: all that the views draw. */
    private LiveUpdate shown;
    private long updates;

    private LiveExplorer(Scenario initial) {
        this.original = initial;
        this.shown = LiveUpdate.opening(initial);
        this.actions = new ExplorerActions(frame, this::setStatus);
        this.driver = new LiveDriver(initial, this::show);
        this.edits = new LiveEdits(driver, initial);
        this.stress = new StressControl(level -> edit(() -> edits.stress(level)));
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

    /** The latest update from the model thread (event thread only). */
    LiveUpdate shown() {
        return shown;
    }

    /** How many updates from the model thread were drawn. */
    long updates() {
        return updates;
    }

    /** Saves the session's scenario, with every change so far, as YAML to {@code file}. */
    void save(Path file) {
        driver.withScenario(s -> {
            try {
                ExplorerActions.writeScenario(file, s);
                setStatus("Saved " + file, false);
            } catch (IOException e) {
                setStatus("Cannot save: " + e.getMessage(), true);
            }
        });
    }

    private JPanel transport() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 10, 6));
        play.setToolTipText("<html>Run the model, or pause it (shortcut: space).<br>"
                + "It plays at the speed set beside, in simulated days per second.</html>");
        play.addActionListener(e -> driver.toggle());
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
        doseNow.setToolTipText("<html>Give one more dose of the scenario's drug now, like its"
                + " first dose (on sustain a spray);<br>without a drug, one NMDA-block dose (the"
                + " ketamine mechanism): 0.5 mg/kg over 40 minutes.</html>");
        doseNow.addActionListener(e -> edit(edits::doseNow));
        therapyNow.setToolTipText("<html>Start a therapy session now: "
                + Decimals.label(LiveSession.SESSION_HOURS) + " hours of practising the"
                + " positive pattern,<br>the model's standard session.</html>");
        therapyNow.addActionListener(e -> edit(edits::therapyNow));
        JButton save = actions.saveButton(driver::withScenario);
        save.setToolTipText("<html>Save the scenario with every change made so far, as YAML."
                + "<br>'plasticity run' on the file gives this run exactly.</html>");
        restart.setToolTipText("Start the scenario again from day 0, without the changes");
        restart.addActionListener(e -> {
            edit(() -> edits.restart(original));
            stress.show(original);
        });
        JButton form = new JButton("Full-run form...");
        form.setToolTipText("<html>The form of the earlier explorer: edit doses and therapy,"
                + "<br>run a whole scenario at once and compare runs.</html>");
        form.addActionListener(e -> driver.withScenario(Explorer::open));
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

    /** Posts an edit to the model thread; the wait cursor shows until its report arrives. */
    private void edit(Runnable post) {
        frame.setCursor(Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR));
        post.run();
    }

    /** Takes an update from the model thread: a new edit report, a new run, then a redraw. */
    private void show(LiveUpdate update) {
        EditReport report = update.edits();
        if (report.serial() > shown.edits().serial()) {
            frame.setCursor(Cursor.getDefaultCursor());
            setStatus(report.message(), report.error());
            if (report.before() != null) {
                comparison.changed(report.before().scenario(), report.before().name(),
                        report.before().what());
            }
        }
        if (update.run() != shown.run()) {
            network.forget();
        }
        shown = update;
        updates++;
        redraw();
    }

    /** Redraws the day counter and, once the model has run, the tab on show. */
    private void redraw() {
        LiveUpdate u = shown;
        day.setText("Day " + Decimals.label(u.day(), 1) + " of "
                + Decimals.label(u.scenario().days()) + (u.started() ? "" : " (not started)"));
        play.setText(u.playing() ? "Pause" : u.finished() ? "Finished" : "Play");
        for (JButton b : List.of(play, step, doseNow, therapyNow)) {
            b.setEnabled(!u.finished());
        }
        if (views.getSelectedComponent() == comparison) {
            if (u.started() && comparison.ready()) {
                comparison.update(u.soFar(), u.title(original), u.day());
            }
            return;
        }
        if (views.getSelectedComponent() == network) {
            NetworkPicture p = u.network();
            if (p != null) {
                network.show(p.snapshot(), p.rates(), p.synapses(),
                        "day " + Decimals.label(u.day(), 1));
            }
            return;
        }
        CardLayout cards = (CardLayout) charts.getLayout();
        if (!u.started()) {
            cards.show(charts, WAITING_CARD);
            return;
        }
        // Smooth lines cost most of a redraw: drawn while paused, skipped while playing.
        chart.setChart(LiveStoryChart.create(u.soFar(), u.changes(), u.title(original),
                EditTitle.subtitle(original, u.edited()), projectorMode.on()));
        chart.getChart().setAntiAlias(!u.playing());
        cards.show(charts, CHART_CARD);
    }

    private void setStatus(String text, boolean error) {
        // A fixed width makes the label wrap and grow downwards instead of widening the panel.
        status.setText("<html><div style='width:" + STATUS_WIDTH + "px'>" + Html.escape(text)
                + "</div></html>");
        status.setForeground(error ? ERROR : Color.DARK_GRAY);
    }
}
