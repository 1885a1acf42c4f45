package org.plasticitylab.sim;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs a per-chunk action over all chunks, several times per tick,
 * without allocating: the caller's thread and {@code threads - 1} daemon workers take chunks
 * from a shared counter until none is left. Chunks are independent, so which thread runs which
 * chunk never changes a result.
 *
 * <p>A round is short (tens of microseconds to milliseconds), so a waiting thread spins for
 * {@value #SPIN_NANOS} ns, then yields its CPU until {@value #WAIT_NANOS} ns have passed, and
 * only then parks: a blocking barrier's wake-up alone would cost a good share of a round. The
 * yield matters when there are more runnable threads than CPUs, as on a shared machine: the
 * thread waited for may need the very CPU the waiter would spin on.
 */
final class ChunkWorkers implements ChunkTeam {
    /** How long a waiting thread spins before it starts to yield. */
    private static final long SPIN_NANOS = 2_000;
    /** How long a waiting thread spins and yields before it parks. */
    private static final long WAIT_NANOS = 50_000;

    private final int chunks;
    private final Thread[] workers;
    private final AtomicInteger nextChunk = new AtomicInteger();
    /** Threads, the caller included, still working on the current round. */
    private final AtomicInteger working = new AtomicInteger();
    private volatile IntConsumer action;
    /** Incremented to start a round; workers wait for it to change. */
    private volatile int round;
    private volatile Thread caller;
    private volatile boolean closed;
    private volatile RuntimeException failure;

    /**
     * Starts the workers.
     *
     * @param threads threads in all, the caller's included; at least 2
     * @param chunks number of chunks per round
     */
    ChunkWorkers(int threads, int chunks) {
        this.chunks = chunks;
        this.workers = new Thread[threads - 1];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(this::work, "plasticity-step-" + (i + 1));
            workers[i].setDaemon(true);
            workers[i].start();
        }
    }

    /**
     * Runs {@code action} on every chunk; the caller's thread first runs {@code callerFirst},
     * which must not touch what the chunks touch, and then takes chunks too. Rethrows the first
     * failure once every thread has left the round.
     *
     * @param chunkAction the action per chunk
     * @param callerFirst work for the caller's thread alone, or null
     */
    @Override
    public void runAll(IntConsumer chunkAction, Runnable callerFirst) {
        action = chunkAction;
        caller = Thread.currentThread();
        nextChunk.set(0);
        working.set(workers.length + 1);
        round++;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
        try {
            if (callerFirst != null) {
                callerFirst.run();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        takeChunks();
        if (working.decrementAndGet() != 0) {
            long start = System.nanoTime();
            while (working.get() != 0) {
                pause(start);
            }
        }
        RuntimeException f = failure;
        if (f != null) {
            failure = null;
            throw f;
        }
    }

    private void work() {
        int seen = 0;
        while (true) {
            long start = System.nanoTime();
            while (round == seen && !closed) {
                pause(start);
            }
            if (closed) {
                return;
            }
            seen = round;
            takeChunks();
            if (working.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    private void takeChunks() {
        IntConsumer a = action;
        try {
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                a.accept(c);
            }
        } catch (RuntimeException e) {
            failure = e;
            nextChunk.set(chunks);
        }
    }

    /** One pause of a wait that began at {@code start}: spin, then yield, then park. */
    private void pause(long start) {
        long waited = System.nanoTime() - start;
        if (waited < SPIN_NANOS) {
            Thread.onSpinWait();
        } else if (waited < WAIT_NANOS) {
            Thread.yield();
        } else {
            LockSupport.park(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Stops the workers; stepping afterwards must run on the caller's thread alone. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
        }
    }
}
