package org.plasticitylab.sim;

import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.plasticitylab.files.BoundedInput;
import org.plasticitylab.files.Checkpointed;
import org.plasticitylab.pharmacology.DosePeak;
import org.plasticitylab.pharmacology.DrugEffect;
import org.plasticitylab.pharmacology.Exposure;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.TreatmentTypes;

/**
 * The run's exposures, one per treatment type, stepped together: their combined effect over a
 * step and at a moment, and the highest dose peak a step passed. Reuses its two effects, so a
 * step does not allocate.
 */
final class Exposures implements Checkpointed {
    private final Exposure[] parts;
    private final DrugEffect step = new DrugEffect();
    private final DrugEffect now = new DrugEffect();

    Exposures(Scenario scenario, double startHours) {
        List<Exposure> all = TreatmentTypes.exposures(scenario.treatments(), scenario.model(),
                startHours);
        this.parts = all.toArray(new Exposure[0]);
    }

    /** The effect over {@code [fromHours, untilHours)}; valid until the next call. */
    DrugEffect advance(double fromHours, double untilHours) {
        step.clear();
        for (Exposure e : parts) {
            e.advance(fromHours, untilHours, step);
        }
        return step;
    }

    /** The effect at {@code hours}, where the last advance ended; valid until the next call. */
    DrugEffect now(double hours) {
        now.clear();
        for (Exposure e : parts) {
            e.addNow(hours, now);
        }
        return now;
    }

    /** The highest dose peak the last advance passed. */
    Optional<DosePeak> lastPeak() {
        DosePeak highest = null;
        for (Exposure e : parts) {
            DosePeak peak = e.lastPeak().orElse(null);
            if (peak != null && (highest == null
                    || peak.concentrationMgPerL() > highest.concentrationMgPerL())) {
                highest = peak;
            }
        }
        return Optional.ofNullable(highest);
    }

    @Override
    public void save(DataOutput out) throws IOException {
        for (Exposure e : parts) {
            e.save(out);
        }
    }

    @Override
    public void restore(BoundedInput in) throws IOException {
        for (Exposure e : parts) {
            e.restore(in);
        }
    }
}
