package org.plasticitylab.benchmarks;

import org.plasticitylab.metrics.ProbeParameters;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.ModelParameters;
import org.plasticitylab.scenario.NmdaBlock;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;

/** The scenarios the core benchmarks run, built in one place so that they measure alike. */
final class BenchmarkScenarios {
    /** A probe interval longer than any scenario: only the probe at day 0 runs. */
    static final double PROBE_ONLY_AT_DAY_0_HOURS = 24 * Scenario.MAX_DAYS;

    private BenchmarkScenarios() {
    }

    /**
     * A scenario for timing single steps: as long as a scenario may be, so that an iteration
     * rarely runs out of steps; no burn-in; stress throughout and one dose on day 1, so that
     * stress, pharmacokinetics and the boosted plasticity all run; probes only at day 0 and one
     * sample a day, so that a step is the network's work (probes and samples are
     * {@link ProbeCostBenchmark}'s question) and the recorder stays small.
     */
    static Scenario stepping(NetworkSize size) {
        return Scenario.builder("step-" + size.units() + "x" + size.inputsPerUnit())
                .days(Scenario.MAX_DAYS)
                .burnInDays(0)
                .sampleEveryHours(24)
                .network(new NetworkSpec(size.units(), size.inputsPerUnit()))
                .stress(0, Scenario.MAX_DAYS, Presets.STRESS)
                .treatment(NmdaBlock.standard(1.0))
                .model(withProbeEveryHours(ModelParameters.defaults(), PROBE_ONLY_AT_DAY_0_HOURS))
                .build();
    }

    /** A preset with another probe interval and sample interval (0 samples every step). */
    static Scenario preset(String name, double probeEveryHours, double sampleEveryHours) {
        Scenario preset = Presets.get(name);
        return preset.toBuilder()
                .model(withProbeEveryHours(preset.model(), probeEveryHours))
                .sampleEveryHours(sampleEveryHours)
                .build();
    }

    private static ModelParameters withProbeEveryHours(ModelParameters m, double hours) {
        ProbeParameters p = m.probe();
        ProbeParameters probe = new ProbeParameters(p.cueFraction(), p.cueDrive(), p.iterations(),
                p.trials(), hours);
        return new ModelParameters(m.synapses(), m.activity(), m.input(), m.plasticity(),
                m.hebbian(), m.turnover(), m.pharmacokinetics(), probe, m.behaviour(), m.rule());
    }
}
