package org.plasticitylab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.ScenarioBuilder;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.scenario.Treatment;

/**
 * A scenario being run step by step for a live view (the desktop and the browser explorer):
 * step, advance, play and pause at a speed in simulated days per second, and change the
 * scenario from now on (a dose now, a therapy session now, stress from now). Every change
 * becomes part of {@link #scenario()}, so running that scenario with {@link Simulation#run}
 * gives the session's run bit for bit; the past of the run is never changed.
 *
 * <p>A change is applied by running the changed scenario afresh up to now, without telling the
 * listeners: the same scenario and seed give the same bits, so the new run's past equals the
 * old one and the views keep what they drew. This costs one re-run up to now per change.
 *
 * <p>Not thread-safe: one thread (a view's timer) drives a session; listeners are called on it.
 * No AWT or Swing here, so that every view can share it.
 */
public final class LiveSession implements AutoCloseable {
    /** Simulated days per second when playing, unless set. */
    public static final double DEFAULT_DAYS_PER_SECOND = 4;
    /** Length of a therapy session given now, in hours. */
    public static final double SESSION_HOURS = 2;

    private final List<StepListener> listeners = new CopyOnWriteArrayList<>();
    private final List<SessionChange> changes = new ArrayList<>();
    private final StepListener forward = this::forward;
    private Scenario scenario;
    private Simulation simulation;
    private int stepsDone;
    private boolean replaying;
    private boolean playing;
    private double daysPerSecond = DEFAULT_DAYS_PER_SECOND;
    private double owedSteps;

    private LiveSession(Scenario scenario) {
        this.scenario = scenario;
        this.simulation = build(scenario);
    }

    /**
     * A session at the start of a scenario, paused.
     *
     * @param scenario the scenario to run
     * @return the session
     * @throws IllegalArgumentException if {@code scenario} is null
     */
    public static LiveSession start(Scenario scenario) {
        return new LiveSession(Checks.notNull("scenario", scenario));
    }

    /**
     * Adds a listener, called after every step the session takes (not during the re-run of a
     * change).
     *
     * @param listener the listener, not null
     */
    public void addListener(StepListener listener) {
        listeners.add(Checks.notNull("listener", listener));
    }

    /**
     * One step (the first one runs the burn-in before it).
     *
     * @return false if the run was already at its end
     */
    public boolean step() {
        boolean stepped = simulation.step();
        if (stepped) {
            stepsDone++;
        }
        return stepped;
    }

    /**
     * Up to {@code steps} steps, fewer at the end of the run.
     *
     * @param steps steps to take, 0 or more
     * @return the steps taken
     */
    public int advance(int steps) {
        Checks.atLeast("steps", steps, 0);
        int taken = 0;
        while (taken < steps && step()) {
            taken++;
        }
        return taken;
    }

    /** Starts playing: {@link #tick} then advances at the session's speed. */
    public void play() {
        playing = !finished();
    }

    /** Stops playing; steps and changes still work. */
    public void pause() {
        playing = false;
    }

    /**
     * Whether the session is playing.
     *
     * @return true between {@link #play} and {@link #pause} or the end of the run
     */
    public boolean playing() {
        return playing;
    }

    /**
     * Sets the speed of play.
     *
     * @param value simulated days per wall-clock second, above 0
     */
    public void speed(double value) {
        daysPerSecond = Checks.positive("daysPerSecond", value);
    }

    /**
     * The speed of play.
     *
     * @return simulated days per wall-clock second
     */
    public double daysPerSecond() {
        return daysPerSecond;
    }

    /**
     * Advances, if playing, by the steps that {@code elapsedSeconds} of wall-clock time are
     * worth at the session's speed (fractions are carried over to the next tick); pauses at the
     * end of the run.
     *
     * @param elapsedSeconds wall-clock seconds since the last tick, 0 or more
     * @return the steps taken
     */
    public int tick(double elapsedSeconds) {
        Checks.nonNegative("elapsedSeconds", elapsedSeconds);
        if (!playing) {
            return 0;
        }
        owedSteps += elapsedSeconds * daysPerSecond * 24 / scenario.dtHours();
        int whole = (int) Math.min(Integer.MAX_VALUE, Math.floor(owedSteps));
        owedSteps -= whole;
        int taken = advance(whole);
        if (finished()) {
            playing = false;
        }
        return taken;
    }

    /**
     * Whether every step of the scenario has run.
     *
     * @return true at the end of the run
     */
    public boolean finished() {
        return stepsDone >= scenario.steps();
    }

    /**
     * Simulated hours since day 0 (negative before the first step: the burn-in has not run).
     *
     * @return the time now
     */
    public double timeHours() {
        return stepsDone == 0 ? 0 : simulation.timeHours();
    }

    /**
     * Gives one more dose now, of the treatment the dose control follows ({@link DoseSetting}):
     * like the scenario's first dosed treatment, or a standard NMDA-block dose (0.5 mg/kg over
     * 40 minutes) in a scenario without one.
     *
     * @throws IllegalArgumentException if it would overlap another infusion or the run is over
     */
    public void doseNow() {
        double day = nowDay();
        Treatment dose = DoseSetting.of(scenario).doseOn(scenario, day);
        change(scenario.toBuilder().treatment(dose).build(), new SessionChange(day, "dose"));
    }

    /**
     * Starts a therapy session of {@value #SESSION_HOURS} h now.
     *
     * @throws IllegalArgumentException if it would overlap another session or the run is over
     */
    public void therapyNow() {
        double day = nowDay();
        ScenarioBuilder b = scenario.toBuilder().clearTherapy();
        TherapyInsert.withSession(scenario.therapy(), day, SESSION_HOURS).forEach(b::therapy);
        change(b.build(), new SessionChange(day, "therapy session"));
    }

    /**
     * Sets the stress level from now to the end of the run; what came before stays.
     *
     * @param level the stress level, 0..1
     * @throws IllegalArgumentException if the level is outside [0, 1] or the run is over
     */
    public void stressFromNow(double level) {
        Checks.inRange("level", level, 0, 1);
        double day = nowDay();
        ScenarioBuilder b = scenario.toBuilder().clearStress();
        for (StressPeriod p : scenario.stress()) {
            if (p.fromDay() < day) {
                b.stress(p.fromDay(), Math.min(p.toDay(), day), p.level());
            }
        }
        if (level > 0) {
            b.stress(day, scenario.days(), level);
        }
        change(b.build(), new SessionChange(day, "stress " + level + " from now"));
    }

    /**
     * The scenario with every change made so far: save it, and {@code plasticity run} gives
     * this session's run bit for bit.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The changes made so far, in order.
     *
     * @return an unmodifiable copy
     */
    public List<SessionChange> changes() {
        return List.copyOf(changes);
    }

    /**
     * What has run so far: the series up to now, and its summary.
     *
     * @return the result so far; {@code completed} once the run is at its end
     */
    public Result resultSoFar() {
        return simulation.resultSoFar();
    }

    /** Releases the simulation's worker threads, if any. */
    @Override
    public void close() {
        simulation.close();
    }

    /** The time now as a day; a change before the first step applies from day 0. */
    private double nowDay() {
        if (finished()) {
            throw new IllegalArgumentException("the run is over (day " + scenario.days()
                    + "); start a new session to change it");
        }
        return timeHours() / 24;
    }

    /** Runs the changed scenario afresh to now, quietly, and continues with it. */
    private void change(Scenario changed, SessionChange what) {
        Simulation next = build(changed);
        replaying = true;
        try {
            for (int i = 0; i < stepsDone; i++) {
                next.step();
            }
        } finally {
            replaying = false;
        }
        simulation.close();
        simulation = next;
        scenario = changed;
        changes.add(what);
    }

    private Simulation build(Scenario s) {
        return Simulation.builder(s).listener(forward).build();
    }

    private void forward(StepView view) {
        if (!replaying) {
            for (StepListener l : listeners) {
                l.afterStep(view);
            }
        }
    }
}
