package org.plasticitylab.pharmacology;

import java.util.Optional;
import org.plasticitylab.files.Checkpointed;

/**
 * What the treatments of one kind put into the body over a run, stepped by the engine: each step
 * it adds its effect over the step to a {@link DrugEffect}, and it saves and restores its own
 * state in checkpoints.
 */
public interface Exposure extends Checkpointed {
    /**
     * Advances from {@code fromHours} (where the last advance ended) to {@code untilHours} and
     * adds the effect over that interval: the mean NMDA-receptor occupancy, the monoaminergic
     * level at its start.
     *
     * @param fromHours the interval's start, in hours from day 0
     * @param untilHours its end
     * @param effect the step's effect, to add to
     */
    void advance(double fromHours, double untilHours, DrugEffect effect);

    /**
     * Adds the effect at {@code hours}, the time the last advance ended: plasma concentration,
     * occupancy and monoaminergic level, for a recorded row.
     *
     * @param hours the time, in hours from day 0
     * @param effect the effect now, to add to
     */
    void addNow(double hours, DrugEffect effect);

    /**
     * The peak of a dose's concentration passed by the last advance, for an extra recorded row so
     * that every dose's true peak is in the series; the highest if there were several.
     *
     * @return the peak, or empty if the last advance passed none
     */
    Optional<DosePeak> lastPeak();
}
