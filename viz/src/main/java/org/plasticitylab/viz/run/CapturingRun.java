package org.plasticitylab.viz.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;
import org.plasticitylab.sim.StepListener;
import org.plasticitylab.sim.StepView;
import org.plasticitylab.viz.chart.DayFormat;
import org.plasticitylab.viz.data.LabelledSnapshot;
import org.plasticitylab.viz.data.ScenarioEvents;

/**
 * Runs a scenario like {@code Simulation.run} and also snapshots the network just before
 * treatment and {@value #DAYS_AFTER_TREATMENT} days after it ends (or at the end of the run, if
 * that comes first or there is no treatment), so the network view shows what treatment built. It wraps the simulation by composition and only reads it (a
 * snapshot is a copy), so the numbers are exactly those of a headless run of the same scenario.
 * Used by the explorer (with a progress listener) and by the CLI for the network charts.
 *
 * <p>Thread safety: {@link #run()} once, on any thread; {@link #cancel()} from any thread.
 */
public final class CapturingRun {
    /** Days after the last treatment at which the "after" snapshot is taken. */
    public static final int DAYS_AFTER_TREATMENT = 3;
    private final Simulation simulation;
    private final int beforeStep;
    private final String beforeLabel;
    private final int afterStep;
    private volatile LabelledSnapshot before;
    private volatile LabelledSnapshot after;

    private CapturingRun(Scenario scenario, Optional<Path> resumeFrom,
            List<? extends StepListener> listeners) {
        double beforeDay = beforeDay(scenario);
        this.beforeStep = Math.max(1, (int) Math.round(beforeDay * 24 / scenario.dtHours()));
        this.beforeLabel = "day " + DayFormat.day(beforeDay)
                + (ScenarioEvents.firstTreatmentDay(scenario).isPresent() ? " (before treatment)"
                        : " (start)");
        this.afterStep = (int) Math.round(afterDay(scenario) * 24 / scenario.dtHours());
        Simulation.Builder b = Simulation.builder(scenario).listener(this::afterStep);
        listeners.forEach(b::listener);
        resumeFrom.ifPresent(b::resumeFrom);
        this.simulation = b.build();
    }

    /**
     * A run of the scenario without a progress listener.
     *
     * @param scenario the scenario to run
     * @return a run not yet started
     */
    public static CapturingRun of(Scenario scenario) {
        return new CapturingRun(scenario, Optional.empty(), List.of());
    }

    /**
     * A run of the scenario that also calls {@code progress} after every step, on the
     * simulation's thread.
     *
     * @param scenario the scenario to run
     * @param progress called after every step
     * @return a run not yet started
     */
    public static CapturingRun of(Scenario scenario, StepListener progress) {
        return new CapturingRun(scenario, Optional.empty(), List.of(progress));
    }

    /**
     * A run that may continue from a checkpoint of the same scenario, calling {@code listeners}
     * after every step on the simulation's thread. A run resumed after the day of the "before"
     * snapshot has no such snapshot, so its {@link CapturedRun} has no network views.
     *
     * @param scenario the scenario to run
     * @param resumeFrom a checkpoint file to continue from, or empty to start on day 0
     * @param listeners called after every step, in order
     * @return a run not yet started
     * @throws java.io.UncheckedIOException if the checkpoint cannot be read, is corrupted or
     *     belongs to another scenario or format version
     */
    public static CapturingRun of(Scenario scenario, Optional<Path> resumeFrom,
            List<? extends StepListener> listeners) {
        return new CapturingRun(scenario, resumeFrom, List.copyOf(listeners));
    }

    /**
     * Runs the scenario headless and returns its result with the snapshots.
     *
     * @param scenario the scenario to run
     * @return the completed run
     */
    public static CapturedRun run(Scenario scenario) {
        return of(scenario).run();
    }

    /**
     * The day of the "before" snapshot: one day before the first drug or therapy (at least day
     * 0), or day 0 when there is no treatment.
     *
     * @param scenario the scenario
     * @return the day, from 0
     */
    public static double beforeDay(Scenario scenario) {
        return Math.max(0, ScenarioEvents.firstTreatmentDay(scenario).orElse(1) - 1);
    }

    /**
     * The day of the "after" snapshot: {@value #DAYS_AFTER_TREATMENT} days after the last
     * treatment ends, or the last day when that is later or there is no treatment.
     *
     * @param scenario the scenario
     * @return the day, at most {@code scenario.days()}
     */
    public static double afterDay(Scenario scenario) {
        double end = scenario.days();
        return Math.min(end, ScenarioEvents.lastTreatmentDay(scenario)
                .orElse(end) + DAYS_AFTER_TREATMENT);
    }

    /**
     * Runs to the end (or until cancelled) and returns the result with the snapshots.
     *
     * @return the result; {@code after} is always present, {@code before} only if the run got
     *     that far
     */
    public CapturedRun run() {
        Result result = simulation.run();
        LabelledSnapshot taken = after;
        if (taken == null) {
            String when = result.completed() ? "end" : "cancelled";
            taken = new LabelledSnapshot("day " + DayFormat.day(
                    Math.round(simulation.timeHours() / 24 * 10) / 10.0) + " (" + when + ")",
                    simulation.timeHours() / 24, simulation.snapshot());
        }
        return new CapturedRun(result, Optional.ofNullable(before), Optional.of(taken));
    }

    /**
     * Saves the simulation's state for a later resume (see {@code Simulation#saveCheckpoint});
     * call it from a listener, on the simulation's thread, or when the run is not running.
     *
     * @param file the checkpoint file to write
     * @throws IOException if the file cannot be written
     */
    public void saveCheckpoint(Path file) throws IOException {
        simulation.saveCheckpoint(file);
    }

    /** Asks the run to stop after its current step; safe from any thread. */
    public void cancel() {
        simulation.cancel();
    }

    private void afterStep(StepView view) {
        if (view.step() == beforeStep) {
            before = new LabelledSnapshot(beforeLabel, view.timeHours() / 24,
                    simulation.snapshot());
        }
        if (view.step() == afterStep && afterStep < view.totalSteps()) {
            after = new LabelledSnapshot("day " + DayFormat.day(view.timeHours() / 24)
                    + " (after treatment)", view.timeHours() / 24, simulation.snapshot());
        }
    }
}
