package org.plasticitylab.sim;

import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.plasticitylab.behaviour.BehaviourState;
import org.plasticitylab.dynamics.InputDrive;
import org.plasticitylab.dynamics.RateDynamics;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.RecallProbe;
import org.plasticitylab.metrics.Summary;
import org.plasticitylab.network.Network;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.pharmacology.DosePeak;
import org.plasticitylab.pharmacology.DrugEffect;
import org.plasticitylab.plasticity.PlasticityRule;
import org.plasticitylab.plasticity.PlasticityState;
import org.plasticitylab.plasticity.SynapseStep;
import org.plasticitylab.random.RandomStream;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;

/**
 * The engine behind {@link Simulation}: its parts, the phases of a step in the documented
 * order, the burn-in, the probes and samples. Each part with state saves and restores itself
 * ({@link Checkpointed}); the engine's own counters come first in a checkpoint.
 */
final class Engine implements Checkpointed {
    private static final long STREAM_NETWORK = 1;
    private static final long STREAM_INPUT = 2;
    private static final long STREAM_TURNOVER = 3;
    private static final long STREAM_PROBE = 4;
    /** Most bytes a stateful plasticity rule may keep in a checkpoint (see PlasticityRule). */
    private static final long RULE_STATE_BYTES = 1 << 20;

    private final Scenario scenario;
    private final Timeline timeline;
    private final Network network;
    private final UnitState units;
    private final UnitWork unitWork;
    private final InputDrive inputDrive;
    private final DailyProbe probe;
    private final Exposures exposures;
    private final PlasticityState plasticity;
    private final BehaviourState behaviour;
    private final RandomStream inputRandom;
    private final Recorder recorder;
    private final Sampler sampler;
    private final NetworkState networkState;
    /** Every part with state, in checkpoint order. */
    private final List<Checkpointed> parts;
    private final int burnInSteps;
    private final int totalSteps;
    private final int sampleEverySteps;
    private final int probeEverySteps;
    /** The caller's work while the chunks run, made once: a step must not allocate. */
    private final Runnable fillNextInput = () -> fillInputFor(this.absoluteStep + 1);
    private int absoluteStep;
    private double meanActivity;
    private boolean settled;
    private double healthyDensity;
    private double positiveRecall;
    private double negativeRecall;

    Engine(Scenario scenario, PlasticityRule rule, IntFunction<ChunkTeam> team, int chunkUnits) {
        ModelParameters m = scenario.model();
        double dt = scenario.dtHours();
        this.scenario = scenario;
        this.timeline = new Timeline(scenario);
        this.network = Network.build(scenario.network(), m.synapses(),
                new RandomStream(scenario.seed(), STREAM_NETWORK));
        RateDynamics dynamics = new RateDynamics(m.activity());
        this.units = new UnitState(network.neurons());
        SynapseStep synapseStep = new SynapseStep(m.turnover(), m.synapses().newWeight(),
                network.slotsPerNeuron(), RandomStream.start(scenario.seed(), STREAM_TURNOVER));
        this.unitWork = new UnitWork(network, rule, synapseStep, dynamics, units,
                new ChunkSchedule(network.neurons(), chunkUnits, team), dt);
        this.inputDrive = new InputDrive(m.input(), m.activity().noiseSd(), network.negative(),
                network.positive());
        this.burnInSteps = scenario.burnInSteps();
        this.totalSteps = scenario.steps();
        this.exposures = new Exposures(scenario, -burnInSteps * dt);
        this.plasticity = new PlasticityState(m.plasticity());
        this.behaviour = new BehaviourState(m.behaviour(), network.positive(),
                network.negative(), dt);
        this.inputRandom = new RandomStream(scenario.seed(), STREAM_INPUT);
        RandomStream probeRandom = new RandomStream(scenario.seed(), STREAM_PROBE);
        this.probe = new DailyProbe(new RecallProbe(m.probe(), dynamics, network.neurons()),
                network, probeRandom);
        this.sampleEverySteps = Recorder.stepsOf(scenario.sampleEveryHours(), dt);
        this.probeEverySteps = Recorder.stepsOf(m.probe().everyHours(), dt);
        this.recorder = new Recorder(totalSteps / sampleEverySteps + 2
                + timeline.doseDays().size());
        this.sampler = new Sampler(recorder, network, units, timeline, behaviour);
        this.networkState = new NetworkState(network, units);
        List<Checkpointed> all = new ArrayList<>(List.of(networkState, plasticity, behaviour,
                exposures, inputRandom, probeRandom, recorder));
        if (rule instanceof Checkpointed stateful) {
            all.add(stateful);
        }
        this.parts = List.copyOf(all);
        fillInputFor(absoluteStep);
    }

    /** One step after burn-in (running the burn-in first if needed); false if already complete. */
    boolean step() {
        if (!settled) {
            burnIn();
        }
        if (complete()) {
            return false;
        }
        advance();
        int done = stepsDone();
        if (done % probeEverySteps == 0) {
            probeRecall();
        }
        boolean sampled = done % sampleEverySteps == 0 || done == totalSteps;
        Optional<DosePeak> peak = exposures.lastPeak();
        if (peak.isPresent() && (peak.get().timeHours() < timeHours() || !sampled)) {
            recordDosePeak(peak.get());
        }
        if (sampled) {
            record();
        }
        return true;
    }

    private void burnIn() {
        if (absoluteStep == 0) {
            unitWork.gatherFirst();
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
        DrugEffect drug = exposures.advance(t, t + dt);
        double occupancy = drug.occupancy();
        double stress = behaviour.effectiveStress(timeline.stressAt(t));
        double p = plasticity.advance(dt, occupancy, stress, drug.monoaminergic());
        meanActivity = unitWork.updateRates(occupancy);
        behaviour.advance(units.rate, timeline.therapyAt(t), p, occupancy,
                plasticity.boost());
        double densityRatio = settled
                ? sampler.density(0, network.neurons()) / healthyDensity : 0;
        unitWork.updateSynapses(p, stress, densityRatio, absoluteStep, fillNextInput);
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
        inputDrive.fill(units.external, behaviour.effectiveStress(timeline.stressAt(t)),
                timeline.therapyAt(t), behaviour, inputRandom);
    }

    private void probeRecall() {
        probe.run(behaviour.negativeDamping());
        positiveRecall = probe.positive();
        negativeRecall = probe.negative();
    }

    private void record() {
        DrugEffect drug = exposures.now(timeHours());
        double level = recorder.rows() == 0 ? plasticityAtStart(drug.monoaminergic())
                : plasticity.level();
        record(timeHours(), drug.concentrationMgPerL(), drug.occupancy(), level);
    }

    /**
     * An extra row where a dose's concentration peaks between two steps (an infusion's end, a
     * spray's Tmax), so that every dose's true peak is in the series; the network columns are
     * those of the step it falls in.
     */
    private void recordDosePeak(DosePeak peak) {
        record(peak.timeHours(), peak.concentrationMgPerL(), peak.occupancy(),
                plasticity.level());
    }

    /**
     * P under the conditions of day 0 (its stress and monoaminergic treatment), for the first
     * row: the state itself still holds the stress-free burn-in's 1.0 until the first step.
     * Computed on a copy, so the run is not touched.
     */
    private double plasticityAtStart(double monoaminergic) {
        PlasticityState atStart = new PlasticityState(scenario.model().plasticity());
        atStart.setState(plasticity.boost(), plasticity.monoamine(), plasticity.level());
        return atStart.advance(0, 0, timeline.stressAt(0), monoaminergic);
    }

    private void record(double t, double drugMgPerL, double occupancy, double plasticityLevel) {
        sampler.record(t, drugMgPerL, occupancy, plasticityLevel, meanActivity, positiveRecall,
                negativeRecall, healthyDensity);
    }

    Result result(long elapsedMillis) {
        var series = recorder.toTimeSeries();
        return new Result(scenario, series, Summary.of(series, timeline.course()), complete(),
                elapsedMillis);
    }

    boolean settled() {
        return settled;
    }

    boolean complete() {
        return stepsDone() >= totalSteps;
    }

    /** Steps done after the burn-in (negative during it). */
    int stepsDone() {
        return absoluteStep - burnInSteps;
    }

    int totalSteps() {
        return totalSteps;
    }

    double timeHours() {
        return stepsDone() * scenario.dtHours();
    }

    double latest(Column column) {
        return recorder.latest(column);
    }

    NetworkSnapshot snapshot() {
        return network.snapshot();
    }

    void copySynapses(int[] slots, boolean[] present, float[] weights) {
        network.copySynapses(slots, present, weights);
    }

    double[] rates() {
        return units.rate.clone();
    }

    void close() {
        unitWork.close();
    }

    @Override
    public void save(DataOutput out) throws IOException {
        out.writeInt(absoluteStep);
        out.writeBoolean(settled);
        out.writeDouble(healthyDensity);
        out.writeDouble(meanActivity);
        out.writeDouble(positiveRecall);
        out.writeDouble(negativeRecall);
        for (Checkpointed part : parts) {
            part.save(out);
        }
    }

    /** Every value is checked as it is read: a checkpoint never loads NaN or out-of-range state. */
    @Override
    public void restore(BoundedInput in) throws IOException {
        absoluteStep = in.readInt("step", 0, burnInSteps + totalSteps);
        settled = in.readBoolean("settled");
        healthyDensity = in.readDouble("healthy density", 0, 1);
        meanActivity = in.readFinite("mean activity");
        positiveRecall = in.readFinite("positive recall");
        negativeRecall = in.readFinite("negative recall");
        for (Checkpointed part : parts) {
            part.restore(in);
        }
    }

    /** The most bytes the engine state of this scenario takes in a checkpoint. */
    long maxStateBytes() {
        return 1024 + networkState.maxBytes() + recorder.maxBytes() + RULE_STATE_BYTES;
    }
}
