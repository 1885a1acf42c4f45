package org.plasticitylab.sim;

import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSnapshot;

/** What listeners see of the engine after a step: read-only, copies where arrays are asked. */
final class EngineView implements StepView {
    private final Engine engine;
    private final double dtHours;

    EngineView(Engine engine, double dtHours) {
        this.engine = engine;
        this.dtHours = dtHours;
    }

    @Override
    public int step() {
        return engine.stepsDone();
    }

    @Override
    public int totalSteps() {
        return engine.totalSteps();
    }

    @Override
    public double timeHours() {
        return engine.timeHours();
    }

    @Override
    public double latest(Column column) {
        return engine.latest(column);
    }

    @Override
    public boolean endsADay() {
        double days = timeHours() / 24;
        return Math.floor(days + 1e-9) > Math.floor(days - dtHours / 24 + 1e-9);
    }

    @Override
    public NetworkSnapshot snapshot() {
        return engine.snapshot();
    }

    @Override
    public void copySynapses(int[] slots, boolean[] present, float[] weights) {
        engine.copySynapses(slots, present, weights);
    }

    @Override
    public double[] rates() {
        return engine.rates();
    }
}
