package org.plasticitylab.sim;

import java.util.function.IntConsumer;

/**
 * Threads that share the chunks of a pass. A seam: only {@link Simulation.Builder#threads}
 * creates one, so a single-threaded build (the browser page, compiled by TeaVM, which has no
 * {@code LockSupport}) never reaches {@link ChunkWorkers}.
 */
interface ChunkTeam extends AutoCloseable {
    /**
     * Runs {@code chunkAction} on every chunk; the caller's thread first runs
     * {@code callerFirst}.
     *
     * @param chunkAction the action per chunk
     * @param callerFirst work for the caller's thread alone, or null
     */
    void runAll(IntConsumer chunkAction, Runnable callerFirst);

    /**
     * Whether {@link #close} was called.
     *
     * @return true once closed
     */
    boolean isClosed();

    /** Stops the threads; stepping afterwards must run on the caller's thread alone. */
    @Override
    void close();
}
