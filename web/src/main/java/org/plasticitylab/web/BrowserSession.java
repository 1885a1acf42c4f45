package org.plasticitylab.web;

import java.io.IOException;
import java.util.List;
import org.plasticitylab.files.Decimals;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.metrics.TimeSeries;
import org.plasticitylab.network.NetworkSnapshot;
import org.plasticitylab.output.SummaryJson;
import org.plasticitylab.output.TimeSeriesCsv;
import org.plasticitylab.scenario.DoseSetting;
import org.plasticitylab.scenario.Presets;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.StressPeriod;
import org.plasticitylab.sim.LiveSession;
import org.plasticitylab.sim.Result;
import org.plasticitylab.sim.SessionChange;
import org.plasticitylab.sim.StepView;

/**
 * The page's {@link PageApi} over one core {@link LiveSession} at a time. The session steps on
 * the page's one thread, so the stepping is core's single-threaded path.
 */
final class BrowserSession implements PageApi {
    private LiveSession session;
    private StepView latest;
    /** The series as last read, and the step it was read at: read once per step at most. */
    private Result read;
    private int readAtStep = -1;
    private int steps;

    BrowserSession() {
        open(Presets.get(Presets.names().get(0)));
    }

    @Override
    public String presets() {
        StringBuilder b = new StringBuilder();
        for (String name : Presets.names()) {
            b.append(name).append('\t').append(Presets.get(name).description()).append('\n');
        }
        return b.toString();
    }

    @Override
    public String openPreset(String name) {
        return attempt(() -> open(Presets.find(name).orElseThrow(() ->
                new IllegalArgumentException("no preset named \"" + name + "\"; presets: "
                        + String.join(", ", Presets.names())))));
    }

    @Override
    public String openYaml(String yaml) {
        return attempt(() -> open(ScenarioYaml.read(yaml)));
    }

    @Override
    public String restartWith(double stress, double dose, double days) {
        return attempt(() -> open(ScenarioSettings.with(session.scenario(), stress, dose, days)));
    }

    @Override
    public String scenarioYaml() {
        return ScenarioYaml.write(session.scenario());
    }

    @Override
    public String name() {
        return session.scenario().name();
    }

    @Override
    public boolean edited() {
        Scenario s = session.scenario();
        return !Presets.find(s.name()).map(s::equals).orElse(false);
    }

    @Override
    public String description() {
        return session.scenario().description();
    }

    @Override
    public double stressLevel() {
        List<StressPeriod> stress = session.scenario().stress();
        return stress.isEmpty() || stress.get(0).fromDay() > 0 ? 0 : stress.get(0).level();
    }

    @Override
    public double dose() {
        return DoseSetting.of(session.scenario()).amount();
    }

    @Override
    public String doseUnit() {
        return DoseSetting.of(session.scenario()).dose().unit();
    }

    @Override
    public double[] doseRange() {
        DoseSetting d = DoseSetting.of(session.scenario());
        return new double[] {d.dose().min(), d.dose().max(), d.dose().step()};
    }

    @Override
    public double days() {
        return session.scenario().days();
    }

    @Override
    public int tick(double elapsedSeconds) {
        return counted(session.tick(elapsedSeconds));
    }

    @Override
    public int advance(int steps) {
        return counted(session.advance(steps));
    }

    @Override
    public boolean step() {
        return counted(session.advance(1)) == 1;
    }

    @Override
    public void play() {
        session.play();
    }

    @Override
    public void pause() {
        session.pause();
    }

    @Override
    public boolean playing() {
        return session.playing();
    }

    @Override
    public void speed(double daysPerSecond) {
        session.speed(daysPerSecond);
    }

    @Override
    public boolean finished() {
        return session.finished();
    }

    @Override
    public double day() {
        return session.timeHours() / 24;
    }

    @Override
    public String doseNow() {
        return change(session::doseNow);
    }

    @Override
    public String therapyNow() {
        return change(session::therapyNow);
    }

    @Override
    public String stressFromNow(double level) {
        return change(() -> session.stressFromNow(level));
    }

    @Override
    public String changes() {
        StringBuilder b = new StringBuilder();
        for (SessionChange c : session.changes()) {
            b.append("day ").append(Decimals.day(c.day())).append(": ").append(c.description())
                    .append('\n');
        }
        return b.toString();
    }

    @Override
    public int rows() {
        return steps == 0 ? 0 : result().series().rows();
    }

    @Override
    public double[] column(String label, int from) {
        if (steps == 0) {
            return new double[0];
        }
        TimeSeries series = result().series();
        double[] all = series.column(Column.byLabel(label));
        int start = Math.max(0, Math.min(from, series.rows()));
        double[] part = new double[series.rows() - start];
        System.arraycopy(all, start, part, 0, part.length);
        return part;
    }

    @Override
    public String summaryJson(String version, double runTimeMs) {
        if (steps == 0) {
            return "";
        }
        Result r = result();
        return SummaryJson.write(new Result(r.scenario(), r.series(), r.summary(), r.completed(),
                Math.round(runTimeMs)), version, true);
    }

    @Override
    public String csv() {
        if (steps == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        try {
            TimeSeriesCsv.write(result().series(), out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder cannot fail", e);
        }
        return out.toString();
    }

    @Override
    public int regionSize() {
        return session.scenario().network().regionSize();
    }

    @Override
    public double[] rates() {
        return latest == null ? new double[0] : latest.rates();
    }

    @Override
    public int[] synapsesPerUnit() {
        if (latest == null) {
            return new int[0];
        }
        NetworkSnapshot n = latest.snapshot();
        int[] count = new int[n.neurons()];
        for (int unit = 0; unit < n.neurons(); unit++) {
            for (int s = unit * n.slotsPerNeuron(); s < (unit + 1) * n.slotsPerNeuron(); s++) {
                if (n.present(s)) {
                    count[unit]++;
                }
            }
        }
        return count;
    }

    @Override
    public int[] patternOfUnit() {
        if (latest == null) {
            return new int[0];
        }
        NetworkSnapshot n = latest.snapshot();
        int[] pattern = new int[n.neurons()];
        for (int unit : n.negativeMembers()) {
            pattern[unit] = 1;
        }
        for (int unit : n.positiveMembers()) {
            pattern[unit] = 2;
        }
        return pattern;
    }

    private void open(Scenario scenario) {
        if (session != null) {
            session.close();
        }
        session = LiveSession.start(scenario);
        session.addListener(view -> latest = view);
        latest = null;
        read = null;
        readAtStep = -1;
        steps = 0;
    }

    private int counted(int taken) {
        steps += taken;
        return taken;
    }

    private Result result() {
        if (readAtStep != steps) {
            read = session.resultSoFar();
            readAtStep = steps;
        }
        return read;
    }

    /** A change to the session from now on: the series is read afresh. */
    private String change(Runnable action) {
        readAtStep = -1;
        return attempt(action);
    }

    /** Runs an action; a bad value or a change the session refuses comes back as its message. */
    private static String attempt(Runnable action) {
        try {
            action.run();
            return "";
        } catch (IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
    }
}
