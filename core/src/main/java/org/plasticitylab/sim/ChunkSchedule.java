package org.plasticitylab.sim;

import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.plasticitylab.internal.Checks;

/**
 * Runs work over all units in chunks of a fixed size, on the caller's thread or on a
 * {@link ChunkTeam}. Pure scheduling: it owns no model state, and the work must give the same
 * result for any chunk size and any order of the chunks, so the size is a matter of speed alone
 * (small enough to share the units among threads, large enough that a chunk outweighs taking
 * it).
 */
final class ChunkSchedule implements AutoCloseable {
    /** Units per chunk by default. */
    static final int CHUNK_UNITS = 64;

    /** Work on the units {@code [fromUnit, toUnit)}. */
    @FunctionalInterface
    interface UnitRangeWork {
        void run(int fromUnit, int toUnit);
    }

    private final int units;
    private final int chunkUnits;
    private final int chunks;
    /** The threads, or null for the caller's thread alone. */
    private final ChunkTeam team;
    /** The work of the current round; published to the team by its round start. */
    private UnitRangeWork work;
    /** Made once: a step must not allocate. */
    private final IntConsumer runChunk = this::runChunk;

    /**
     * Creates the schedule and, for more than one thread, its team.
     *
     * @param units number of units
     * @param chunkUnits units per chunk, at least 1
     * @param team makes the thread team for a number of chunks, or null for one thread
     */
    ChunkSchedule(int units, int chunkUnits, IntFunction<ChunkTeam> team) {
        this.units = units;
        this.chunkUnits = Checks.atLeast("chunkUnits", chunkUnits, 1);
        this.chunks = (units + chunkUnits - 1) / chunkUnits;
        this.team = team != null ? team.apply(chunks) : null;
    }

    /**
     * Runs {@code rangeWork} on every chunk; the caller's thread first does {@code callerFirst},
     * which must touch nothing the chunks touch.
     *
     * @param rangeWork the work per range of units
     * @param callerFirst work for the caller's thread alone, or null
     */
    void run(UnitRangeWork rangeWork, Runnable callerFirst) {
        work = rangeWork;
        if (team == null || team.isClosed()) {
            if (callerFirst != null) {
                callerFirst.run();
            }
            for (int chunk = 0; chunk < chunks; chunk++) {
                runChunk(chunk);
            }
        } else {
            team.runAll(runChunk, callerFirst);
        }
    }

    private void runChunk(int chunk) {
        int from = chunk * chunkUnits;
        work.run(from, Math.min(units, from + chunkUnits));
    }

    /** Releases the threads, if any; work runs on the caller's thread afterwards. */
    @Override
    public void close() {
        if (team != null) {
            team.close();
        }
    }
}
