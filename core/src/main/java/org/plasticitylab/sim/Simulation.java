package org.plasticitylab.sim;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.plasticitylab.behaviour.BehaviourState;
import org.plasticitylab.dynamics.InputDrive;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.internal.Checks;
import org.plasticitylab.internal.Rng;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.RecallProbe;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.pharmacology.NmdaBlockExposure;
import org.plasticitylab.pharmacology.NmdaBlockExposure.InfusionEnd;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.plasticity.PlasticityState;
import org.plasticitylab.plasticity.PresynapticBcmRule;
import org.plasticitylab.plasticity.SynapseStep;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;

/**
 * The engine: builds the network of a scenario, settles it in a stress-free burn-in, then steps
 * it through the scenario and records the metrics.
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
 * scenario seed. Turnover is keyed by (step, chunk of {@value #CHUNK_UNITS} units), so the result
 * does not depend on how chunks are scheduled. Probes never touch the run's streams.
 *
 * <p>Thread safety: a simulation is stepped by one thread at a time; a second concurrent
 * {@link #run()} is refused. {@link #cancel()} may be called from any thread and is honoured
 * at the next step.
 */
public final class Simulation implements AutoCloseable {
    /** Units per turnover chunk; fixed, so results never depend on the thread count. */
    public static final int CHUNK_UNITS = 64;
    private static final long STREAM_NETWORK = 1;
    private static final long STREAM_INPUT = 2;
    private static final long STREAM_TURNOVER = 3;
    private static final long STREAM_PROBE = 4;

    private final Scenario scenario;
    private final Timeline timeline;
    private final Network network;
    private final ChunkedStepper stepper;
    private final InputDrive inputDrive;
    private final RecallProbe probe;
    private final NmdaBlockExposure exposure;
    private final PlasticityState plasticity;
    private final BehaviourState behaviour;
    private final List<StepListener> listeners;
    private final Rng inputRng;
    private final Rng probeRng;
    private final Recorder recorder;
    private final Sampler sampler;
    /** The standing input of the recall probe: the trapped block's damping. */
    private final double[] probeBias;
    private final int burnInSteps;
    private final int totalSteps;
    private final int sampleEverySteps;
    private final int probeEverySteps;
    /** The caller's work while the chunks run, made once: a step must not allocate. */
    private final Runnable fillNextInput = () -> fillInputFor(this.absoluteStep + 1);
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean cancelled;
    private int absoluteStep;
    private double meanActivity;
    private boolean settled;
    private double healthyDensity;
    private double positiveRecall;
    private double negativeRecall;

    private Simulation(Scenario scenario, PlasticityRule rule, List<StepListener> listeners,
            IntFunction<ChunkTeam> team) {
        ModelParameters m = scenario.model();
        this.scenario = scenario;
        this.timeline = new Timeline(scenario);
        this.network = Network.build(scenario.network(), m.synapses(),
                new Rng(scenario.seed(), STREAM_NETWORK));
        RateDynamics dynamics = new RateDynamics(m.activity());
        this.stepper = new ChunkedStepper(network, rule != null ? rule
                : new PresynapticBcmRule(m.hebbian(), m.synapses().maxWeight()),
                new SynapseStep(m.turnover(), m.synapses().newWeight()), dynamics,
                scenario.dtHours(), scenario.seed(), STREAM_TURNOVER, team);
        this.inputDrive = new InputDrive(m.input(), m.activity().noiseSd(), network.negative(),
                network.positive());
        int n = network.neurons();
        this.probe = new RecallProbe(m.probe(), dynamics, n);
        this.probeBias = new double[n];
        this.burnInSteps = scenario.burnInSteps();
        this.totalSteps = scenario.steps();
        this.exposure = new NmdaBlockExposure(m.pharmacokinetics(), timeline.infusions(),
                -burnInSteps * scenario.dtHours());
        this.plasticity = new PlasticityState(m.plasticity());
        this.behaviour = new BehaviourState(m.behaviour(), network.positive(),
                network.negative(), scenario.dtHours());
        this.listeners = List.copyOf(listeners);
        this.inputRng = new Rng(scenario.seed(), STREAM_INPUT);
        this.probeRng = new Rng(scenario.seed(), STREAM_PROBE);
        this.sampleEverySteps = stepsOf(scenario.sampleEveryHours(), scenario.dtHours());
        this.probeEverySteps = stepsOf(m.probe().everyHours(), scenario.dtHours());
        this.recorder = new Recorder(totalSteps / sampleEverySteps + 2
                + timeline.infusions().size());
        this.sampler = new Sampler(recorder, network, stepper, timeline, behaviour);
        fillInputFor(absoluteStep);
    }

    /**
     * Steps between two events {@code hours} apart: at least 1, and in long arithmetic so that a
     * huge interval (sample_every_hours 1e9) means "never" instead of overflowing an int cast
     * into "every step".
     */
    static int stepsOf(double hours, double dtHours) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.round(hours / dtHours)));
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

        private Builder(Scenario scenario) {
            this.scenario = Checks.notNull("scenario", scenario);
        }

        /**
         * Replaces the default {@link PresynapticBcmRule}.
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
            Simulation sim = new Simulation(scenario, rule, listeners, team);
            if (resumeFrom != null) {
                try {
                    sim.readState(CheckpointFile.read(resumeFrom, scenario,
                            sim.maxStateBytes()));
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
            while ((!cancelled || !settled) && step()) {
                // each step does its own work
            }
            return result((System.nanoTime() - start) / 1_000_000);
        } finally {
            close();
            running.set(false);
        }
    }

    /** Releases the worker threads, if any; stepping afterwards runs on the caller's thread. */
    @Override
    public void close() {
        stepper.close();
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
        if (!settled) {
            burnIn();
        }
        if (absoluteStep - burnInSteps >= totalSteps) {
            return false;
        }
        advance();
        int done = absoluteStep - burnInSteps;
        if (done % probeEverySteps == 0) {
            probeRecall();
        }
        boolean sampled = done % sampleEverySteps == 0 || done == totalSteps;
        Optional<InfusionEnd> infusionEnd = exposure.lastInfusionEnd();
        if (infusionEnd.isPresent() && (infusionEnd.get().timeHours() < timeHours() || !sampled)) {
            recordInfusionEnd(infusionEnd.get());
        }
        if (sampled) {
            record();
        }
        for (StepListener listener : listeners) {
            listener.afterStep(view);
        }
        return true;
    }

    private void burnIn() {
        if (absoluteStep == 0) {
            stepper.gatherFirst();
        }
        while (absoluteStep < burnInSteps) {
            advance();
        }
        healthyDensity = sampler.density(0, network.neurons());
        settled = true;
        probeRecall();
        record();
    }

    /** Steps 1-6 of the documented order. */
    private void advance() {
        double dt = scenario.dtHours();
        double t = timeHours();
        double occupancy = exposure.advanceTo(t + dt);
        double stress = behaviour.effectiveStress(timeline.stressAt(t));
        double p = plasticity.advance(dt, occupancy, stress, timeline.monoaminergicAt(t));
        meanActivity = stepper.updateRates(occupancy);
        behaviour.advance(stepper.rate(), timeline.therapyAt(t), p, occupancy,
                plasticity.boost());
        double densityRatio = settled
                ? sampler.density(0, network.neurons()) / healthyDensity : 0;
        stepper.updateSynapses(p, stress, densityRatio, absoluteStep, fillNextInput);
        absoluteStep++;
    }

    /**
     * Draws the input of the step that starts at {@code step} into {@code external}. Input
     * depends only on the time and its own stream, so the next step's input is drawn while the
     * chunks of this step run: {@code external} always holds the coming step's input, and
     * checkpoints save it.
     */
    private void fillInputFor(int step) {
        double t = (step - burnInSteps) * scenario.dtHours();
        inputDrive.fill(stepper.external(), behaviour.effectiveStress(timeline.stressAt(t)),
                timeline.therapyAt(t), behaviour, inputRng);
    }

    private void probeRecall() {
        double damping = behaviour.negativeDamping();
        for (int i = 0; i < network.negative().size(); i++) {
            probeBias[network.negative().member(i)] = -damping;
        }
        double[] recall = probe.recall(network, probeRng, probeBias, network.positive(),
                network.negative());
        positiveRecall = recall[0];
        negativeRecall = recall[1];
    }

    private void record() {
        record(timeHours(), exposure.concentrationMgPerL(), exposure.occupancy(),
                recorder.rows() == 0 ? plasticityAtStart() : plasticity.level());
    }

    /**
     * An extra row at the end of an infusion, where its concentration peaks between two steps
     * (so that every dose's true peak is in the series); the network columns are those of the
     * step it falls in.
     */
    private void recordInfusionEnd(InfusionEnd end) {
        record(end.timeHours(), end.concentrationMgPerL(), end.occupancy(), plasticity.level());
    }

    /**
     * P under the conditions of day 0 (its stress and monoaminergic treatment), for the first
     * row: the state itself still holds the stress-free burn-in's 1.0 until the first step.
     * Computed on a copy, so the run is not touched.
     */
    private double plasticityAtStart() {
        PlasticityState atStart = new PlasticityState(scenario.model().plasticity());
        atStart.setState(plasticity.boost(), plasticity.monoamine(), plasticity.level());
        return atStart.advance(0, 0, timeline.stressAt(0), timeline.monoaminergicAt(0));
    }

    private void record(double t, double drugMgPerL, double occupancy, double plasticityLevel) {
        sampler.record(t, drugMgPerL, occupancy, plasticityLevel, meanActivity, positiveRecall,
                negativeRecall, healthyDensity);
    }

    /**
     * What has run so far, without running further: the series up to now and its summary.
     *
     * @return the result so far, {@code completed} once every step has run
     * @throws IllegalStateException before the first step (nothing has been recorded)
     */
    public Result resultSoFar() {
        if (!settled) {
            throw new IllegalStateException("nothing has run yet; step the simulation first");
        }
        return result(0);
    }

    private Result result(long elapsedMillis) {
        var series = recorder.toTimeSeries();
        boolean complete = absoluteStep - burnInSteps >= totalSteps;
        return new Result(scenario, series, Summary.of(series, timeline.course()), complete,
                elapsedMillis);
    }

    /**
     * Hours since day 0 (negative during burn-in).
     *
     * @return the simulated time in hours
     */
    public double timeHours() {
        return (absoluteStep - burnInSteps) * scenario.dtHours();
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
        CheckpointFile.write(file, scenario, this::writeState);
    }

    private void writeState(DataOutputStream out) throws IOException {
        out.writeInt(absoluteStep);
        out.writeBoolean(settled);
        out.writeDouble(healthyDensity);
        out.writeDouble(meanActivity);
        out.writeDouble(positiveRecall);
        out.writeDouble(negativeRecall);
        CheckpointFile.writeFloats(out, network.weight());
        CheckpointFile.writeBytes(out, network.present());
        CheckpointFile.writeInts(out, presentPerUnit());
        CheckpointFile.writeDoubles(out, stepper.rate());
        CheckpointFile.writeDoubles(out, stepper.h());
        CheckpointFile.writeDoubles(out, stepper.adaptation());
        CheckpointFile.writeDoubles(out, stepper.external());
        CheckpointFile.writeDoubles(out, stepper.chunkWeightSums());
        out.writeDouble(plasticity.boost());
        out.writeDouble(plasticity.monoamine());
        out.writeDouble(plasticity.level());
        out.writeDouble(behaviour.engagement());
        out.writeDouble(behaviour.rumination());
        out.writeDouble(behaviour.coping());
        out.writeDouble(behaviour.trap());
        out.writeDouble(exposure.timeHours());
        out.writeDouble(exposure.pk().centralMgPerKg());
        out.writeDouble(exposure.pk().peripheralMgPerKg());
        CheckpointFile.writeLongs(out, inputRng.saveState());
        CheckpointFile.writeLongs(out, probeRng.saveState());
        recorder.write(out);
    }

    /** Every value is checked as it is read: a checkpoint never loads NaN or out-of-range state. */
    private void readState(BoundedInput in) throws IOException {
        absoluteStep = in.readInt("step", 0, burnInSteps + totalSteps);
        settled = in.readBoolean("settled");
        healthyDensity = in.readDouble("healthy density", 0, 1);
        meanActivity = in.readFinite("mean activity");
        positiveRecall = in.readFinite("positive recall");
        negativeRecall = in.readFinite("negative recall");
        in.readLength("weights", network.weight().length);
        in.readFloats("weights", network.weight(), 0,
                (float) scenario.model().synapses().maxWeight());
        in.readLength("synapse flags", network.present().length);
        in.readFlags("synapse flags", network.present());
        network.reindex();
        int[] counts = new int[network.neurons()];
        in.readLength("synapse counts", counts.length);
        in.readInts("synapse counts", counts, 0, network.slotsPerNeuron());
        if (!Arrays.equals(counts, presentPerUnit())) {
            throw new IOException("checkpoint synapse counts do not match its synapses");
        }
        CheckpointFile.readFinite(in, "rates", stepper.rate());
        CheckpointFile.readFinite(in, "synaptic input", stepper.h());
        CheckpointFile.readFinite(in, "adaptation", stepper.adaptation());
        CheckpointFile.readFinite(in, "external input", stepper.external());
        CheckpointFile.readFinite(in, "chunk weight sums", stepper.chunkWeightSums());
        plasticity.setState(in.readFinite("plasticity boost"), in.readFinite("monoamine effect"),
                in.readFinite("plasticity level"));
        behaviour.setState(in.readDouble("engagement", 0, 1), in.readDouble("rumination", 0, 1),
                in.readDouble("coping", 0, 1), in.readDouble("trapped block", 0, 1));
        exposure.setTimeHours(in.readFinite("drug time"));
        exposure.pk().setState(in.readDouble("central drug", 0, Double.MAX_VALUE),
                in.readDouble("peripheral drug", 0, Double.MAX_VALUE));
        inputRng.restoreState(CheckpointFile.readRng(in, "input stream"));
        probeRng.restoreState(CheckpointFile.readRng(in, "probe stream"));
        recorder.read(in);
    }

    /** The most bytes the engine state of this scenario takes in a checkpoint. */
    private long maxStateBytes() {
        long perUnit = stepper.rate().length + stepper.h().length + stepper.adaptation().length
                + stepper.external().length + stepper.chunkWeightSums().length;
        return 1024 + network.weight().length * (long) (Float.BYTES + 1)
                + network.neurons() * (long) Integer.BYTES + perUnit * Double.BYTES
                + recorder.maxBytes();
    }

    private int[] presentPerUnit() {
        int[] counts = new int[network.neurons()];
        for (int unit = 0; unit < counts.length; unit++) {
            counts[unit] = network.presentCount(unit);
        }
        return counts;
    }

    /**
     * An immutable copy of the network's synapses now.
     *
     * @return a new snapshot
     */
    public NetworkSnapshot snapshot() {
        return network.snapshot();
    }

    /**
     * The scenario being run.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    private final StepView view = new StepView() {
        @Override
        public int step() {
            return absoluteStep - burnInSteps;
        }

        @Override
        public int totalSteps() {
            return totalSteps;
        }

        @Override
        public double timeHours() {
            return Simulation.this.timeHours();
        }

        @Override
        public double latest(Column column) {
            return recorder.latest(column);
        }

        @Override
        public boolean endsADay() {
            double days = timeHours() / 24;
            return Math.floor(days + 1e-9) > Math.floor(days - scenario.dtHours() / 24 + 1e-9);
        }

        @Override
        public NetworkSnapshot snapshot() {
            return network.snapshot();
        }

        @Override
        public double[] rates() {
            return stepper.rate().clone();
        }
    };
}
