package org.plasticitylab.viz.explorer;

import javax.swing.Timer;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.LiveSession;

/**
 * Drives a {@link LiveSession} from a Swing {@link Timer}: the session is stepped on the event
 * thread in slices worth the wall-clock time since the last tick, so the model keeps its speed
 * in days per second whatever the drawing costs, and no other thread ever touches the session
 * or Swing. After every tick that moved, and after every change, {@code onUpdate} runs.
 */
final class LiveDriver {
    /** Milliseconds between ticks: a redraw at most every tick. */
    static final int TICK_MILLIS = 50;
    private static final double NANOS_PER_SECOND = 1e9;
    private final Timer timer;
    private final Runnable onUpdate;
    private LiveSession session;
    private long lastNanos;
    private boolean started;
    private long updates;

    LiveDriver(Scenario scenario, Runnable onUpdate) {
        this.onUpdate = onUpdate;
        this.session = LiveSession.start(scenario);
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
        session = LiveSession.start(scenario);
        session.speed(speed);
        started = false;
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
