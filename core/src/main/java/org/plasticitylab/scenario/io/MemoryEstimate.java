package org.plasticitylab.scenario.io;

import java.util.Locale;
import java.util.Optional;
import org.plasticitylab.metrics.Column;
import org.plasticitylab.network.NetworkSpec;
import org.plasticitylab.scenario.Scenario;
import org.plasticitylab.scenario.Timeline;

/**
 * A rough upper bound of the memory a run needs, so that an absurd size is refused before the
 * run starts instead of failing with an OutOfMemoryError after minutes: the network, the
 * recorded time series, the network snapshots kept for charts, times the runs held at once.
 *
 * @param slots candidate synapse slots of the network
 * @param samples recorded time-series rows
 * @param snapshots network copies the run keeps (the charts' "before" and "after")
 * @param runs runs held in memory at once (threads of a sweep or comparison)
 */
public record MemoryEstimate(long slots, long samples, int snapshots, int runs) {
    /**
     * One slot: 17 bytes of state (presynaptic index, weight, flag and the present-synapse
     * index entries of slot and presynaptic unit) plus what building the network allocates on
     * the way; a 2000 x 400 network allocates 23.7 bytes per slot in all
     * ({@code MemoryEstimateMatchesTheRunTest}), rounded up.
     */
    public static final int BYTES_PER_SLOT = 25;
    /** One recorded row: every column as a double. */
    public static final int BYTES_PER_SAMPLE = Column.values().length * Double.BYTES;
    /** One slot of a network snapshot: presynaptic index, weight and presence flag. */
    public static final int SNAPSHOT_BYTES_PER_SLOT = Integer.BYTES + Float.BYTES + 1;

    /**
     * Requires slots, samples and snapshots of 0 or more and at least one run; throws
     * IllegalArgumentException otherwise.
     *
     * @param slots candidate synapse slots of the network
     * @param samples recorded time-series rows
     * @param snapshots network copies the run keeps
     * @param runs runs held in memory at once
     */
    public MemoryEstimate {
        if (slots < 0 || samples < 0 || snapshots < 0 || runs < 1) {
            throw new IllegalArgumentException("slots, samples and snapshots must be >= 0 and"
                    + " runs >= 1, was " + slots + ", " + samples + ", " + snapshots + " and "
                    + runs);
        }
    }

    /**
     * One run without snapshots.
     *
     * @param slots candidate synapse slots of the network
     * @param samples recorded time-series rows
     */
    public MemoryEstimate(long slots, long samples) {
        this(slots, samples, 0, 1);
    }

    /**
     * The estimate for a network run for {@code days} at the given step and sampling, with the
     * same arithmetic as the engine's recorder (so a huge sampling interval gives 2 rows, as in
     * the run, never an overflow).
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
        long sampleEverySteps = Math.min(Integer.MAX_VALUE,
                Math.max(1, Math.round(sampleEveryHours / dtHours)));
        return new MemoryEstimate(network.slots(), steps / sampleEverySteps + 2);
    }

    /**
     * This estimate with {@code count} network snapshots kept.
     *
     * @param count snapshots, 0 or more
     * @return a new estimate
     */
    public MemoryEstimate withSnapshots(int count) {
        return new MemoryEstimate(slots, samples, count, runs);
    }

    /**
     * This estimate for {@code count} such runs held at once.
     *
     * @param count runs, at least 1
     * @return a new estimate
     */
    public MemoryEstimate times(int count) {
        return new MemoryEstimate(slots, samples, snapshots, count);
    }

    /**
     * The estimate for a scenario: its sampled rows and one more at the end of each infusion.
     *
     * @param s the scenario
     * @return the estimate
     */
    public static MemoryEstimate of(Scenario s) {
        MemoryEstimate sampled = of(s.network(), s.days(), s.dtHours(), s.sampleEveryHours());
        return new MemoryEstimate(sampled.slots(),
                sampled.samples() + new Timeline(s).doseDays().size());
    }

    /**
     * Estimated bytes.
     *
     * @return runs x (slots x ({@link #BYTES_PER_SLOT} + snapshots x
     *     {@link #SNAPSHOT_BYTES_PER_SLOT}) + samples x {@link #BYTES_PER_SAMPLE})
     */
    public long bytes() {
        return runs * (slots * (BYTES_PER_SLOT + (long) snapshots * SNAPSHOT_BYTES_PER_SLOT)
                + samples * BYTES_PER_SAMPLE);
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
                "needs about %s of memory (%s(%d synapse slots x (%d B + %d snapshots x %d B)"
                        + " + %d samples x %d columns x 8 B)), more than the %s this Java VM may"
                        + " use (raise -Xmx, or use a smaller network, fewer days, a larger"
                        + " sample_every_hours%s)",
                size(bytes()), runs > 1 ? runs + " runs at once x " : "", slots, BYTES_PER_SLOT,
                snapshots, SNAPSHOT_BYTES_PER_SLOT, samples, Column.values().length,
                size(availableBytes), runs > 1 ? " or fewer --threads" : ""));
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
