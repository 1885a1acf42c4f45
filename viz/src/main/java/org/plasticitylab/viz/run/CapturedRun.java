package org.plasticitylab.viz.run;

import java.util.Optional;
import org.plasticitylab.sim.Result;
import org.plasticitylab.viz.data.LabelledSnapshot;

/**
 * A run's result with the network snapshots the network charts need.
 *
 * @param result the run's result, identical to {@code Simulation.run(scenario)}
 * @param before the network just before treatment starts (or on day 0 without treatment);
 *     empty if the run was cancelled before that
 * @param after the network at the end of the run (or when it was cancelled)
 */
public record CapturedRun(Result result, Optional<LabelledSnapshot> before,
        Optional<LabelledSnapshot> after) {
    /**
     * Replaces missing snapshots by {@link Optional#empty()}.
     *
     * @param result the run's result, identical to {@code Simulation.run(scenario)}
     * @param before the network just before treatment starts (or on day 0 without treatment);
     *     empty if the run was cancelled before that
     * @param after the network at the end of the run (or when it was cancelled)
     * @throws IllegalArgumentException if {@code result} is null
     */
    public CapturedRun {
        if (result == null) {
            throw new IllegalArgumentException("result must not be null");
        }
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
    }

    /**
     * Whether both snapshots are there, so that the before/after network charts can be drawn.
     *
     * @return true if {@code before} and {@code after} are both present
     */
    public boolean hasSnapshots() {
        return before.isPresent() && after.isPresent();
    }
}
