package org.plasticitylab.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;

/**
 * A run of a scenario: builds the network, settles it in a stress-free burn-in, then steps it
 * through the scenario and records the metrics. This class is the API (create, step, run,
 * cancel, listeners, checkpoints); the work is done by a package-private engine whose parts
 * save and restore their own state.
 *
 * <p>Order of work inside one step from time t to t + dt (the same every step):
 * <ol>
 * <li><b>Interventions</b>: advance the drug's exact PK to t + dt (mean occupancy over the step);
 *     read stress, therapy and monoaminergic treatment at t from the timeline.</li>
 * <li><b>Plasticity state</b>: advance the NMDA boost and the monoaminergic effect; compute P.</li>
 * <li><b>Input</b>: noise, rumination or positive cues, therapy drive at t (drawn from their own
 *     stream during the previous step's synapse work, so the draws and their order are the
 *     same as if drawn here).</li>
 * <li><b>Activity</b>: new rates from the synaptic input h (gathered at the end of the previous
 *     step from the previous rates), the external input and feedback inhibition.</li>
 * <li><b>Synaptic plasticity</b>: the plasticity rule, unit by unit, with the new rates.</li>
 * <li><b>Structural plasticity</b>: pruning and formation; then h for the next step is gathered
 *     while the unit's slots are still in cache.</li>
 * <li><b>Metrics</b>: record a sample (every step by default), and one at the end of an
 *     infusion that falls inside the step, where its concentration peaks; probe recall every
 *     24 h.</li>
 * </ol>
 *
 * <p>Random streams: one per purpose (network build, input, turnover, probes), all keyed by the
 * scenario seed. Turnover draws are keyed by (seed, step, block of units), whatever the ranges
 * the units are split into, so the result does not depend on how units are split among threads. Probes never touch the run's streams.
 *
 * <p>Thread safety: a simulation is stepped by one thread at a time; a second concurrent
 * {@link #run()} is refused. {@link #cancel()} may be called from any thread and is honoured
 * at the next step.
 */
public final class Simulation implements AutoCloseable {
    private final Scenario scenario;
    /** The rule's name in checkpoints: its file type, or the class of a rule given in Java. */
    private final String ruleName;
    private final Engine engine;
    private final StepListener[] listeners; // not a list: a step must not allocate an iterator
    private final StepView view;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean cancelled;

    private Simulation(Scenario scenario, PlasticityRule rule, List<StepListener> listeners,
            IntFunction<ChunkTeam> team, int chunkUnits) {
        ModelParameters m = scenario.model();
        this.scenario = scenario;
        this.ruleName = rule != null ? rule.getClass().getName() : m.rule().type();
        this.engine = new Engine(scenario, rule != null ? rule
                : m.rule().create(m.hebbian(), m.synapses().maxWeight()), team, chunkUnits);
        this.listeners = listeners.toArray(new StepListener[0]);
        this.view = new EngineView(engine, scenario.dtHours());
    }

    /**
     * Runs a scenario with the default rule and returns its result.
     *
     * @param scenario the scenario
     * @return the run's result
     */
    public static Result run(Scenario scenario) {
        return create(scenario).run();
    }

    /**
     * A simulation of the scenario with the default plasticity rule and no listeners.
     *
     * @param scenario the scenario
     * @return a new simulation, not yet run
     */
    public static Simulation create(Scenario scenario) {
        return builder(scenario).build();
    }

    /**
     * A builder for a simulation with a custom rule or listeners.
     *
     * @param scenario the scenario
     * @return a new builder
     * @throws IllegalArgumentException if {@code scenario} is null
     */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /** Optional parts of a simulation. */
    public static final class Builder {
        private final Scenario scenario;
        private PlasticityRule rule;
        private final List<StepListener> listeners = new ArrayList<>();
        /** Null for one thread: only {@link #threads} names the thread team (see ChunkTeam). */
        private IntFunction<ChunkTeam> team;
        private Path resumeFrom;
        private int chunkUnits = ChunkSchedule.CHUNK_UNITS;

        private Builder(Scenario scenario) {
            this.scenario = Checks.notNull("scenario", scenario);
        }

        /**
         * Replaces the rule the scenario names ({@code model.rule}) with one built in Java. A
         * checkpoint records the rule's class, and resuming it with another rule is refused.
         *
         * @param value the rule, not null
         * @return this builder
         */
        public Builder rule(PlasticityRule value) {
            rule = Checks.notNull("rule", value);
            return this;
        }

        /**
         * Adds a listener called after every step.
         *
         * @param value the listener, not null
         * @return this builder
         */
        public Builder listener(StepListener value) {
            listeners.add(Checks.notNull("listener", value));
            return this;
        }

        /**
         * Steps the network on this many threads (default 1). Results are bit-identical
         * whatever the number; more than one only pays off for large networks. A simulation
         * with threads should be {@linkplain Simulation#close() closed}; {@link Simulation#run()}
         * closes it when it ends.
         *
         * @param value number of threads, at least 1
         * @return this builder
         */
        public Builder threads(int value) {
            Checks.atLeast("threads", value, 1);
            team = value == 1 ? null : chunks -> new ChunkWorkers(value, chunks);
            return this;
        }

        /**
         * Hands out units to threads in chunks of this many, checked when built (for tests:
         * results must not depend on it).
         */
        Builder chunkUnits(int value) {
            chunkUnits = value;
            return this;
        }

        /**
         * Continues from a checkpoint saved by {@link Simulation#saveCheckpoint(Path)} for the
         * same scenario; {@link #build()} then reads and checks it.
         *
         * @param checkpoint the checkpoint file, not null
         * @return this builder
         */
        public Builder resumeFrom(Path checkpoint) {
            resumeFrom = Checks.notNull("checkpoint", checkpoint);
            return this;
        }

        /**
         * Builds the simulation.
         *
         * @return a new simulation, resumed from the checkpoint if one was given
         * @throws UncheckedIOException if the checkpoint to resume from cannot be read, is
         *     corrupted or truncated, has another format version or belongs to another scenario
         */
        public Simulation build() {
            Simulation sim = new Simulation(scenario, rule, listeners, team, chunkUnits);
            if (resumeFrom != null) {
                try {
                    sim.engine.restore(CheckpointFile.read(resumeFrom, scenario, sim.ruleName,
                            sim.engine.maxStateBytes()));
                } catch (IOException e) {
                    sim.close();
                    String why = e.getMessage() != null ? e.getMessage()
                            : resumeFrom + " ends before the state it should hold is complete";
                    throw new UncheckedIOException(why, e);
                }
            }
            return sim;
        }
    }

    /**
     * Runs the remaining steps (burn-in first, if not done) and returns the result; stops early,
     * with {@code completed = false}, if {@link #cancel()} is called (after the burn-in and the
     * first step at the earliest, so that the result always has day 0).
     *
     * @return the series, summary and whether every step ran
     * @throws IllegalStateException if another thread is running this simulation
     */
    public Result run() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("this simulation is already running on another thread");
        }
        long start = System.nanoTime();
        try {
            // Even when cancelled before it starts, a run settles, so its result has day 0.
            while ((!cancelled || !engine.settled()) && step()) {
                // each step does its own work
            }
            return engine.result((System.nanoTime() - start) / 1_000_000);
        } finally {
            close();
            running.set(false);
        }
    }

    /** Releases the worker threads, if any; stepping afterwards runs on the caller's thread. */
    @Override
    public void close() {
        engine.close();
    }

    /** Asks a running simulation to stop after its current step; safe from any thread. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Advances one step after burn-in (running the burn-in first if needed).
     *
     * @return false if the run was already complete, true otherwise
     */
    public boolean step() {
        if (!engine.step()) {
            return false;
        }
        for (StepListener listener : listeners) {
            listener.afterStep(view);
        }
        return true;
    }

    /**
     * What has run so far, without running further: the series up to now and its summary.
     *
     * @return the result so far, {@code completed} once every step has run
     * @throws IllegalStateException before the first step (nothing has been recorded)
     */
    public Result resultSoFar() {
        if (!engine.settled()) {
            throw new IllegalStateException("nothing has run yet; step the simulation first");
        }
        return engine.result(0);
    }

    /**
     * Hours since day 0 (negative during burn-in).
     *
     * @return the simulated time in hours
     */
    public double timeHours() {
        return engine.timeHours();
    }

    /**
     * Saves the complete state (synapses, activity, plasticity and drug state, every random
     * stream's position, the samples so far and the step) to a versioned, checksummed file,
     * written to a temporary name and moved into place. Resuming from it with
     * {@link Builder#resumeFrom(Path)} continues bit for bit as if never stopped.
     *
     * @param file the checkpoint file; its folder is created if needed
     * @throws IOException if the file cannot be written
     */
    public void saveCheckpoint(Path file) throws IOException {
        CheckpointFile.write(file, scenario, ruleName, engine::save);
    }

    /**
     * An immutable copy of the network's synapses now.
     *
     * @return a new snapshot
     */
    public NetworkSnapshot snapshot() {
        return engine.snapshot();
    }

    /**
     * The scenario being run.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }
}
