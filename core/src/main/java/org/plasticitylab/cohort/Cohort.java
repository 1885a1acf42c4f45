package org.plasticitylab.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.metrics.Recovery;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.Simulation;

/**
 * Runs a cohort of virtual patients: N runs of one scenario, each patient with its own seed and
 * its own draw of the {@link PatientVariability varied parameters} (see {@link VirtualPatient}
 * for how both derive from the base seed and the patient's index), on a fixed pool of threads.
 * Each patient's {@link Recovery} is read off its run and the run's time series dropped. The
 * result is the same whatever the number of threads.
 *
 * <pre>{@code
 * CohortResult cohort = Cohort.run(Presets.get("ketamine-series"), 100);
 * double responseRate = cohort.responseRate();
 * }</pre>
 *
 * <p>{@link #cancel()} may be called from any thread: running patients stop at their next step,
 * no more start, and {@link #run()} returns the patients that finished.
 */
public final class Cohort {
    private final Scenario scenario;
    private final long baseSeed;
    private final PatientVariability variability;
    private final List<VirtualPatient> patients;
    private final int threads;
    private final CohortListener listener;
    private final PatientOutcome[] outcomes;
    private final Set<Simulation> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean cancelled;
    private int finished;

    private Cohort(Builder b) {
        this.scenario = b.scenario.toBuilder().seed(b.baseSeed).build();
        this.baseSeed = b.baseSeed;
        this.variability = b.variability;
        this.threads = b.threads;
        this.listener = b.listener;
        List<VirtualPatient> drawn = new ArrayList<>();
        for (int i = 0; i < b.size; i++) {
            drawn.add(VirtualPatient.draw(baseSeed, i, scenario.model(), variability));
        }
        this.patients = List.copyOf(drawn);
        this.outcomes = new PatientOutcome[b.size];
        for (PatientOutcome done : b.done) {
            int i = done.patient().index();
            if (i >= b.size || !done.patient().equals(patients.get(i))) {
                throw new IllegalArgumentException("done holds " + done.patient()
                        + ", which is not a patient of this cohort");
            }
            outcomes[i] = done;
        }
        this.finished = (int) Arrays.stream(outcomes).filter(Objects::nonNull).count();
    }

    /**
     * Runs a cohort with the default variability on one thread per core, the scenario's seed
     * as the base seed.
     *
     * @param scenario the typical patient's scenario
     * @param size number of patients, at least 1
     * @return the cohort's outcome
     */
    public static CohortResult run(Scenario scenario, int size) {
        return builder(scenario, size).threads(Runtime.getRuntime().availableProcessors())
                .build().run();
    }

    /**
     * A builder for a cohort of {@code size} patients of a scenario.
     *
     * @param scenario the typical patient's scenario, not null
     * @param size number of patients, at least 1
     * @return a new builder: base seed the scenario's, default variability, one thread
     */
    public static Builder builder(Scenario scenario, int size) {
        return new Builder(scenario, size);
    }

    /** Optional parts of a cohort. */
    public static final class Builder {
        private final Scenario scenario;
        private final int size;
        private long baseSeed;
        private PatientVariability variability = PatientVariability.defaults();
        private int threads = 1;
        private CohortListener listener = (outcome, finished, total) -> { };
        private final List<PatientOutcome> done = new ArrayList<>();

        private Builder(Scenario scenario, int size) {
            this.scenario = Checks.notNull("scenario", scenario);
            this.size = Checks.atLeast("size", size, 1);
            this.baseSeed = scenario.seed();
        }

        /**
         * Sets the seed every patient derives from (default: the scenario's seed).
         *
         * @param value the base seed
         * @return this builder
         */
        public Builder baseSeed(long value) {
            baseSeed = value;
            return this;
        }

        /**
         * Sets how much the parameters vary (default {@link PatientVariability#defaults()}).
         *
         * @param value the variability, not null
         * @return this builder
         */
        public Builder variability(PatientVariability value) {
            variability = Checks.notNull("variability", value);
            return this;
        }

        /**
         * Runs this many patients at once (default 1), each on one thread.
         *
         * @param value number of threads, at least 1
         * @return this builder
         */
        public Builder threads(int value) {
            threads = Checks.atLeast("threads", value, 1);
            return this;
        }

        /**
         * Sets the listener told about each patient that finishes.
         *
         * @param value the listener, not null
         * @return this builder
         */
        public Builder listener(CohortListener value) {
            listener = Checks.notNull("listener", value);
            return this;
        }

        /**
         * Patients already run (for example saved by a listener before an interruption): they
         * are not run again. Each must be a patient of this cohort: the index, seed and
         * parameters this cohort draws for that index, or {@link #build()} refuses it.
         *
         * @param value the finished patients, not null
         * @return this builder
         */
        public Builder done(Collection<PatientOutcome> value) {
            done.addAll(Checks.notNull("done", value));
            return this;
        }

        /**
         * Draws the patients and checks the ones already done.
         *
         * @return the cohort, not yet run
         * @throws IllegalArgumentException if a patient given as done is not one of this cohort
         */
        public Cohort build() {
            return new Cohort(this);
        }
    }

    /**
     * The patients of the cohort, drawn but not run.
     *
     * @return unmodifiable list, by index
     */
    public List<VirtualPatient> patients() {
        return patients;
    }

    /**
     * The scenario a patient runs.
     *
     * @param patient one of {@link #patients()}
     * @return the cohort's scenario with the patient's seed and parameters
     */
    public Scenario scenarioOf(VirtualPatient patient) {
        return patient.scenario(scenario);
    }

    /**
     * Runs every patient not yet done and returns the cohort's outcome; may be called once.
     *
     * @return the outcome: every patient, or after {@link #cancel()} those that finished
     * @throws IllegalStateException if called a second time
     * @throws RuntimeException what a run or the listener threw, after stopping the others
     */
    public CohortResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a cohort runs once; build another to run again");
        }
        List<VirtualPatient> todo = patients.stream().filter(p -> outcomes[p.index()] == null)
                .toList();
        if (!todo.isEmpty()) {
            runAll(todo);
        }
        return new CohortResult(scenario, baseSeed, variability, patients.size(),
                Arrays.stream(outcomes).filter(Objects::nonNull).toList());
    }

    /** Stops running patients at their next step; patients not started do not start. */
    public void cancel() {
        cancelled = true;
        running.forEach(Simulation::cancel);
    }

    private void runAll(List<VirtualPatient> todo) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, todo.size()), r -> {
            Thread t = new Thread(r, "plasticity-cohort");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (VirtualPatient p : todo) {
                futures.add(pool.submit(() -> {
                    runOne(p);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the patients", e);
        } catch (ExecutionException e) {
            cancel();
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("a patient failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void runOne(VirtualPatient patient) throws Exception {
        if (cancelled) {
            return;
        }
        Scenario s = scenarioOf(patient);
        Simulation simulation = Simulation.create(s);
        running.add(simulation);
        Result result;
        try {
            if (cancelled) {
                // cancel() may have looked at the set just before this run joined it
                simulation.cancel();
            }
            result = simulation.run();
        } finally {
            running.remove(simulation);
        }
        if (!result.completed()) {
            return;
        }
        PatientOutcome outcome = new PatientOutcome(patient,
                Recovery.of(result.series(), new Timeline(s).course()));
        synchronized (outcomes) {
            outcomes[patient.index()] = outcome;
            finished++;
            listener.finished(outcome, finished, outcomes.length);
        }
    }
}
