package org.plasticitylab.viz.explorer;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.StepView;

/**
 * Owns a {@link LiveSession} on one model thread, {@value #THREAD_NAME}: it ticks every
 * {@value #TICK_MILLIS} ms, stepping the session by the steps the wall-clock time since the
 * last tick is worth, so the model keeps its speed in days per second whatever the drawing
 * costs. Every action of the window is posted to that thread as a task; after each tick that
 * moved and each task, the model thread publishes a {@link LiveUpdate} (copies only) to the
 * event thread. At most one update waits there: one made while another waits is dropped and
 * made afresh once that one is taken, so the event queue never floods and the views always
 * get the latest state. The model thread never touches Swing; the session is refused to any
 * other thread.
 */
final class LiveDriver {
    /** Milliseconds between ticks: an update at most every tick while playing. */
    static final int TICK_MILLIS = 50;
    /** While playing, the network is copied every this many steps (1.5 h at dt 0.25 h). */
    static final int SNAPSHOT_EVERY = 6;
    /** The model thread's name, as a thread dump shows it. */
    static final String THREAD_NAME = "plasticity-live-model";
    private static final double NANOS_PER_SECOND = 1e9;
    private final ScheduledExecutorService model;
    private final Consumer<LiveUpdate> onUpdate;
    /** Whether an update waits on the event thread. */
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile Thread modelThread;
    private volatile boolean closed;
    // The model thread's own state from here on.
    private LiveSession session;
    private boolean started;
    private boolean stale;
    private long lastNanos;
    private int run;
    private EditReport edits = EditReport.NONE;
    private NetworkSnapshot network;
    private double[] rates = new double[0];
    private SynapseSample synapses;

    /** Starts the model thread on {@code scenario}, paused; {@code onUpdate} runs on the EDT. */
    LiveDriver(Scenario scenario, Consumer<LiveUpdate> onUpdate) {
        this.onUpdate = onUpdate;
        this.model = Executors.newSingleThreadScheduledExecutor(this::newModelThread);
        post(() -> session = watched(LiveSession.start(scenario)));
        model.scheduleAtFixedRate(() -> guarded(this::tick), TICK_MILLIS, TICK_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} on the model thread, then publishes the state it left. */
    void post(Runnable task) {
        model.execute(() -> guarded(() -> {
            task.run();
            publish();
        }));
    }

    /** Plays, or pauses if playing. */
    void toggle() {
        post(() -> {
            if (session.playing()) {
                session.pause();
            } else {
                session.play();
                lastNanos = System.nanoTime();
            }
        });
    }

    /** One step of the model, whether playing or not. */
    void step() {
        post(() -> started |= session.step());
    }

    /** Sets the speed, in simulated days per second (above 0). */
    void speed(double daysPerSecond) {
        post(() -> session.speed(daysPerSecond));
    }

    /** Hands the scenario with every change so far to {@code onEdt}, on the event thread. */
    void withScenario(Consumer<Scenario> onEdt) {
        post(() -> {
            Scenario s = session.scenario();
            SwingUtilities.invokeLater(() -> onEdt.accept(s));
        });
    }

    /** The session being driven (model thread only). */
    LiveSession session() {
        onModelThread();
        return session;
    }

    /** Whether any step has run: before that, an edit restarts the session instead. */
    boolean started() {
        onModelThread();
        return started;
    }

    /** What the edits did so far (model thread only). */
    EditReport edits() {
        onModelThread();
        return edits;
    }

    /** Records what an edit did, published with the next update (model thread only). */
    void report(EditReport report) {
        onModelThread();
        edits = report;
    }

    /** Replaces the session with a fresh one on {@code scenario}, at its start, paused. */
    void restart(Scenario scenario) {
        onModelThread();
        double speed = session.daysPerSecond();
        session.close();
        session = watched(LiveSession.start(scenario));
        session.speed(speed);
        started = false;
        network = null;
        synapses = null;
        run++;
    }

    /** Stops the model thread once the session is released; waiting tasks are dropped. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        model.execute(() -> session.close());
        model.shutdown();
    }

    private Thread newModelThread(Runnable r) {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        modelThread = t;
        return t;
    }

    private void onModelThread() {
        if (Thread.currentThread() != modelThread) {
            throw new IllegalStateException("the live session belongs to " + THREAD_NAME
                    + ", not to " + Thread.currentThread().getName());
        }
    }

    /**
     * Runs {@code work} unless closed; a failure pauses the model and says why in the status
     * line, where it would otherwise end the ticks silently.
     */
    private void guarded(Runnable work) {
        if (closed) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            if (session == null) {
                throw e;
            }
            session.pause();
            edits = edits.said("The model stopped: " + e.getMessage(), true, null);
            publish();
        }
    }

    private void tick() {
        if (!session.playing()) {
            return;
        }
        long now = System.nanoTime();
        double elapsed = (now - lastNanos) / NANOS_PER_SECOND;
        lastNanos = now;
        int taken = session.tick(elapsed);
        started |= taken > 0;
        if (taken > 0 || !session.playing()) {
            publish();
        }
    }

    /** Hands the event thread the state now, unless an update already waits there. */
    private void publish() {
        if (!pending.compareAndSet(false, true)) {
            stale = true;
            return;
        }
        stale = false;
        LiveUpdate update = new LiveUpdate(session.timeHours(), started, session.playing(),
                session.finished(), session.daysPerSecond(), session.scenario(),
                session.changes(), started ? session.resultSoFar() : null,
                network == null ? null : new NetworkPicture(network, rates, synapses.copy()),
                run, edits);
        SwingUtilities.invokeLater(() -> deliver(update));
    }

    /** On the event thread: takes the update, and asks for a newer one if one was dropped. */
    private void deliver(LiveUpdate update) {
        pending.set(false);
        if (closed) {
            return;
        }
        model.execute(() -> guarded(() -> {
            if (stale) {
                publish();
            }
        }));
        onUpdate.accept(update);
    }

    /** Copies the network now and then while playing, and at every step taken by hand. */
    private LiveSession watched(LiveSession s) {
        s.addListener(this::copyNetwork);
        return s;
    }

    private void copyNetwork(StepView view) {
        if (!session.playing() || view.step() % SNAPSHOT_EVERY == 0
                || view.step() >= view.totalSteps()) {
            network = view.snapshot();
            rates = view.rates();
            if (synapses == null) {
                synapses = SynapseSample.of(network);
            } else {
                synapses.read(view);
            }
        }
    }
}
