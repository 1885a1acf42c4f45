package org.plasticitylab.scenario.io;

import java.util.Locale;
import java.util.Optional;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;

/**
 * A rough upper bound of the memory a run needs, so that an absurd size is refused before the
 * run starts instead of failing with an OutOfMemoryError after minutes.
 *
 * @param slots candidate synapse slots of the network
 * @param samples recorded time-series rows
 */
public record MemoryEstimate(long slots, long samples) {
    /** Presynaptic index, weight, flag and present-synapse index entries (slot and presynaptic unit) of one slot, rounded up. */
    public static final int BYTES_PER_SLOT = 18;
    /** One recorded row: every column as a double. */
    public static final int BYTES_PER_SAMPLE = Column.values().length * Double.BYTES;

    /**
     * Requires slots and samples of 0 or more; throws IllegalArgumentException otherwise.
     *
     * @param slots candidate synapse slots of the network
     * @param samples recorded time-series rows
     */
    public MemoryEstimate {
        if (slots < 0 || samples < 0) {
            throw new IllegalArgumentException(
                    "slots and samples must be >= 0, was " + slots + " and " + samples);
        }
    }

    /**
     * The estimate for a network run for {@code days} at the given step and sampling.
     *
     * @param network network size
     * @param days simulated days
     * @param dtHours network time step in hours
     * @param sampleEveryHours hours between recorded rows; 0 records every step
     * @return the estimate
     */
    public static MemoryEstimate of(NetworkSpec network, double days, double dtHours,
            double sampleEveryHours) {
        long steps = Math.round(days * 24 / dtHours);
        long sampleEverySteps = Math.max(1, Math.round(sampleEveryHours / dtHours));
        return new MemoryEstimate(network.slots(), steps / sampleEverySteps + 2);
    }

    /**
     * The estimate for a scenario.
     *
     * @param s the scenario
     * @return the estimate
     */
    public static MemoryEstimate of(Scenario s) {
        return of(s.network(), s.days(), s.dtHours(), s.sampleEveryHours());
    }

    /**
     * Estimated bytes.
     *
     * @return slots x {@link #BYTES_PER_SLOT} + samples x {@link #BYTES_PER_SAMPLE}
     */
    public long bytes() {
        return slots * BYTES_PER_SLOT + samples * BYTES_PER_SAMPLE;
    }

    /**
     * Whether the time series, not the network, needs most of the memory.
     *
     * @return true if the samples take more bytes than the slots
     */
    public boolean dominatedBySamples() {
        return samples * BYTES_PER_SAMPLE > slots * BYTES_PER_SLOT;
    }

    /**
     * A reason to refuse the run if it needs more than {@code availableBytes}, else empty.
     *
     * @param availableBytes memory the run may use, e.g. the Java VM's maximum heap
     * @return a message saying what is needed and how to need less, or empty
     */
    public Optional<String> refusal(long availableBytes) {
        if (bytes() <= availableBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "needs about %s of memory (%d synapse slots x %d B + %d samples x %d columns x"
                        + " 8 B), more than the %s this Java VM may use (raise -Xmx, or use a"
                        + " smaller network, fewer days or a larger sample_every_hours)",
                size(bytes()), slots, BYTES_PER_SLOT, samples, Column.values().length,
                size(availableBytes)));
    }

    /**
     * A byte count for people: {@code 12.3 MiB} or {@code 1.5 GiB}.
     *
     * @param bytes the count
     * @return the count in MiB, or in GiB from 1024 MiB on, with one decimal
     */
    public static String size(long bytes) {
        double mib = bytes / (1024.0 * 1024);
        return mib >= 1024 ? String.format(Locale.ROOT, "%.1f GiB", mib / 1024)
                : String.format(Locale.ROOT, "%.1f MiB", mib);
    }
}
