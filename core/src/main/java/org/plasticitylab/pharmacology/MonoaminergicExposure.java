package org.plasticitylab.pharmacology;

import java.io.DataOutput;
import java.util.Optional;
import org.plasticitylab.files.BoundedInput;

/**
 * Monoaminergic (SSRI-like) courses: level 1 while one is taken, else 0. Its effect builds in
 * the plasticity state, not here, so it keeps no state of its own.
 */
public final class MonoaminergicExposure implements Exposure {
    private final double[] fromHours;
    private final double[] toHours;

    /**
     * The courses, each taken from its start (inclusive) to its end (exclusive).
     *
     * @param fromHours each course's start, hours from day 0
     * @param toHours each course's end, same order
     */
    public MonoaminergicExposure(double[] fromHours, double[] toHours) {
        this.fromHours = fromHours.clone();
        this.toHours = toHours.clone();
    }

    @Override
    public void advance(double fromHours, double untilHours, DrugEffect effect) {
        effect.addMonoaminergic(levelAt(fromHours));
    }

    @Override
    public void addNow(double hours, DrugEffect effect) {
        effect.addMonoaminergic(levelAt(hours));
    }

    private double levelAt(double hours) {
        for (int i = 0; i < fromHours.length; i++) {
            if (hours >= fromHours[i] && hours < toHours[i]) {
                return 1;
            }
        }
        return 0;
    }

    @Override
    public Optional<DosePeak> lastPeak() {
        return Optional.empty();
    }

    @Override
    public void save(DataOutput out) {
        // no state: the level follows from the time
    }

    @Override
    public void restore(BoundedInput in) {
        // no state: the level follows from the time
    }
}
