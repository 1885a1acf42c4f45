package org.plasticitylab.viz.explorer;

import javax.swing.Timer;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.StepView;

/**
 * Drives a {@link LiveSession} from a Swing {@link Timer}: the session is stepped on the event
 * thread in slices worth the wall-clock time since the last tick, so the model keeps its speed
 * in days per second whatever the drawing costs, and no other thread ever touches the session
 * or Swing. After every tick that moved, and after every change, {@code onUpdate} runs.
 */
final class LiveDriver {
    /** Milliseconds between ticks: a redraw at most every tick. */
    static final int TICK_MILLIS = 50;
    /** While playing, the network is copied every this many steps (1.5 h at dt 0.25 h). */
    static final int SNAPSHOT_EVERY = 6;
    private static final double NANOS_PER_SECOND = 1e9;
    private final Timer timer;
    private final Runnable onUpdate;
    private LiveSession session;
    private long lastNanos;
    private boolean started;
    private long updates;
    private NetworkSnapshot network;
    private double[] rates = new double[0];
    private SynapseSample synapses;

    LiveDriver(Scenario scenario, Runnable onUpdate) {
        this.onUpdate = onUpdate;
        this.session = watched(LiveSession.start(scenario));
        this.timer = new Timer(TICK_MILLIS, e -> tick());
        timer.setCoalesce(true);
    }

    /** The session being driven (on the event thread only). */
    LiveSession session() {
        return session;
    }

    /** Whether any step has run: before that, an edit restarts the session instead. */
    boolean started() {
        return started;
    }

    /** How many times the view was told to redraw since the driver was made. */
    long updates() {
        return updates;
    }

    /** The network as of the latest copy, or null before the first step. */
    NetworkSnapshot network() {
        return network;
    }

    /** Every unit's rate when the network was last copied, 0..1; empty before the first. */
    double[] rates() {
        return rates;
    }

    /** The sampled synapses as of the latest copy (a new sample per run), or null before. */
    SynapseSample synapses() {
        return synapses;
    }

    /** Plays, or pauses if playing; false if the run is over. */
    boolean toggle() {
        if (session.playing()) {
            pause();
            return true;
        }
        return play();
    }

    /** Starts playing; false if the run is already over. */
    boolean play() {
        session.play();
        if (session.playing()) {
            lastNanos = System.nanoTime();
            timer.start();
        }
        return session.playing();
    }

    /** Pauses. */
    void pause() {
        session.pause();
        timer.stop();
        updated();
    }

    /** One step of the model, whether playing or not. */
    void step() {
        started |= session.step();
        updated();
    }

    /** Sets the speed, in simulated days per second (above 0). */
    void speed(double daysPerSecond) {
        session.speed(daysPerSecond);
    }

    /** Replaces the session with a fresh one on {@code scenario}, at its start, paused. */
    void restart(Scenario scenario) {
        double speed = session.daysPerSecond();
        pause();
        session.close();
        session = watched(LiveSession.start(scenario));
        session.speed(speed);
        started = false;
        network = null;
        synapses = null;
        updated();
    }

    /** Tells the view the session changed (after an edit made on it). */
    void updated() {
        updates++;
        onUpdate.run();
    }

    /** Stops the timer and releases the session. */
    void close() {
        timer.stop();
        session.close();
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

    private void tick() {
        long now = System.nanoTime();
        double elapsed = (now - lastNanos) / NANOS_PER_SECOND;
        lastNanos = now;
        int taken = session.tick(elapsed);
        started |= taken > 0;
        if (!session.playing()) {
            timer.stop();
        }
        if (taken > 0 || !session.playing()) {
            updated();
        }
    }
}
